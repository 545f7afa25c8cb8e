import { describe, expect, it } from "vitest";
import { reportLimitRefusal, type ReportLimits } from "./report-limits";

const today = "2026-11-23";
const limits: ReportLimits = { reportTodayUntilMinutes: 720, reportDaysAhead: 14, reportKinds: ["SICK", "MEDICAL"], phone: "010-1234567" };

describe("reportLimitRefusal", () => {
  it("takes a report for today until the school's time, inclusive", () => {
    expect(reportLimitRefusal({ kind: "SICK", startDate: today }, limits, { today, nowMinutes: 720 })).toBeNull();
    expect(reportLimitRefusal({ kind: "SICK", startDate: today }, limits, { today, nowMinutes: 721 })).toBe("Een melding voor vandaag kan online tot 12:00. Bel de school: 010-1234567.");
  });
  it("takes a later day after the time of day, up to the days ahead", () => {
    expect(reportLimitRefusal({ kind: "MEDICAL", startDate: "2026-12-07" }, limits, { today, nowMinutes: 900 })).toBeNull();
    expect(reportLimitRefusal({ kind: "MEDICAL", startDate: "2026-12-08" }, limits, { today, nowMinutes: 900 })).toMatch(/tot 14 dagen vooruit/);
  });
  it("refuses a kind the school does not take online, and says to call without a number when none is known", () => {
    expect(reportLimitRefusal({ kind: "MEDICAL", startDate: today }, { ...limits, reportKinds: ["SICK"], phone: null }, { today, nowMinutes: 500 }))
      .toBe("De school neemt een afspraak (huisarts, tandarts, ziekenhuis) niet online aan. Bel de school.");
  });
});
