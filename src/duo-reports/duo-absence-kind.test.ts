import { describe, expect, it } from "vitest";
import { SIGNAL_KINDS } from "@/rules";
import { duoAbsenceKindOf, previousReportKinds } from "./duo-absence-kind";
import { DUO_ABSENCE_KINDS } from "./duo-labels";

describe("duoAbsenceKindOf", () => {
  it.each([
    ["RELATIVE_16H", true, null, "RELATIVE_16H", "V3"],
    ["RELATIVE_16H", false, null, "RELATIVE_16H_18PLUS", "V4"],
    ["LONG_TERM_RELATIVE", true, null, "LONG_TERM_RELATIVE", "LRV"],
    ["LUXURY", true, null, "LUXURY", "L"],
    ["RMC_18PLUS", true, null, "RMC_18PLUS", "RMC"],
    ["RMC_18PLUS_FOLLOWUP", true, null, "RMC_18PLUS", "RMC"],
    ["LATE_ARRIVALS", false, 2, "OTHER", "O"],
  ] as const)("%s (mandatory %s, level %s) becomes %s, code %s", (kind, mandatory, level, expected, code) => {
    const absenceKind = duoAbsenceKindOf({ kind, mandatory, level });
    expect(absenceKind).toBe(expected);
    expect(DUO_ABSENCE_KINDS[absenceKind!].code).toBe(code);
  });

  it("makes no report of the warnings, nor of late arrivals below or above level 2", () => {
    const reportable = new Set(["RELATIVE_16H", "LONG_TERM_RELATIVE", "LUXURY", "RMC_18PLUS", "RMC_18PLUS_FOLLOWUP", "LATE_ARRIVALS"]);
    for (const kind of SIGNAL_KINDS.filter((k) => !reportable.has(k))) {
      expect(duoAbsenceKindOf({ kind, mandatory: false, level: null }), kind).toBeNull();
    }
    expect(duoAbsenceKindOf({ kind: "LATE_ARRIVALS", mandatory: false, level: 1 })).toBeNull();
    expect(duoAbsenceKindOf({ kind: "LATE_ARRIVALS", mandatory: false, level: 3 })).toBeNull();
  });

  it("refuses a legal kind that the rules did not mark mandatory", () => {
    expect(duoAbsenceKindOf({ kind: "LONG_TERM_RELATIVE", mandatory: false, level: null })).toBeNull();
    expect(duoAbsenceKindOf({ kind: "LUXURY", mandatory: false, level: null })).toBeNull();
  });
});

describe("previousReportKinds", () => {
  it("links repeats, an LRV and RMC follow-ups to the chain before them", () => {
    expect(previousReportKinds({ kind: "RELATIVE_16H", repeat: true })).toEqual(["RELATIVE_16H"]);
    expect(previousReportKinds({ kind: "LONG_TERM_RELATIVE", repeat: false })).toEqual(["RELATIVE_16H"]);
    expect(previousReportKinds({ kind: "RMC_18PLUS_FOLLOWUP", repeat: false })).toEqual(["RMC_18PLUS", "RMC_18PLUS_FOLLOWUP"]);
  });

  it("starts a chain with a first 16-hour report, an RMC report and the other kinds", () => {
    expect(previousReportKinds({ kind: "RELATIVE_16H", repeat: false })).toBeNull();
    expect(previousReportKinds({ kind: "RMC_18PLUS", repeat: false })).toBeNull();
    expect(previousReportKinds({ kind: "LUXURY", repeat: false })).toBeNull();
  });
});
