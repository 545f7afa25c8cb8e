import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { evaluatePupil, ZRulesInputSchema, type TSignal } from "@/rules";

import { signalIdentities } from "./signal-identity";

const workedExample = () =>
  ZRulesInputSchema.parse(JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../rules/fixtures/worked-example.input.json"), "utf8")));

function signal(fields: Partial<TSignal> & Pick<TSignal, "kind" | "start" | "reachedOn">): TSignal {
  return { mandatory: false, repeat: false, end: fields.reachedOn, hours: null, dueBy: null, provisional: false, level: null, count: null, ...fields };
}

describe("signalIdentities", () => {
  it("keys the worked example's signals by chain, run and start", () => {
    const { signals } = evaluatePupil(workedExample());
    const byKind = signals.map((s, i) => [s.kind, signalIdentities(signals, { holidaySides: [] })[i]]);
    expect(byKind).toEqual([
      ["UNEXCUSED_LETTER", "UNEXCUSED_LETTER:2025-02-03"],
      ["RELATIVE_16H", "RELATIVE_16H:2025-02-03:0"],
      ["RELATIVE_16H", "RELATIVE_16H:2025-02-03:1"],
      ["RELATIVE_16H", "RELATIVE_16H:2025-02-03:2"],
      ["RELATIVE_16H", "RELATIVE_16H:2025-02-03:3"],
      ["HOMEBOUND", "HOMEBOUND:2025-02-03:1"],
      ["LONG_TERM_RELATIVE", "LONG_TERM_RELATIVE:2025-03-03"],
    ]);
  });

  it("keeps a 16-hour report and its repeats when a corrected mark moves their dates", () => {
    const input = workedExample();
    const before = evaluatePupil(input).signals.filter((s) => s.kind === "RELATIVE_16H");
    // Three of Wednesday 5 February's six absences turn out to be present: 15 hours, so the report fires a day later.
    let corrected = 0;
    for (const lesson of input.lessons) {
      if (lesson.date === "2025-02-05" && corrected < 3) {
        lesson.status = "PRESENT";
        corrected++;
      }
    }
    const after = evaluatePupil(input).signals.filter((s) => s.kind === "RELATIVE_16H");
    expect(after[0]!.end).not.toBe(before[0]!.end);
    expect(after[1]!.start).not.toBe(before[1]!.start);
    const ids = (list: TSignal[]) => signalIdentities(list, { holidaySides: [] });
    expect(ids(after).slice(0, 3)).toEqual(ids(before).slice(0, 3));
  });

  it("keeps an LRV that closes later", () => {
    const open = signal({ kind: "LONG_TERM_RELATIVE", start: "2025-02-27", end: null, reachedOn: "2025-03-03" });
    const closed = { ...open, end: "2025-04-11" };
    expect(signalIdentities([closed], { holidaySides: [] })).toEqual(signalIdentities([open], { holidaySides: [] }));
  });

  it("keys signals next to a holiday by the holiday side, also when the absent days change", () => {
    const holidaySides = [
      { side: "before" as const, days: ["2026-10-16", "2026-10-15"] },
      { side: "after" as const, days: ["2026-10-26", "2026-10-27"] },
    ];
    const friday = signal({ kind: "LUXURY_SUSPECTED", start: "2026-10-16", reachedOn: "2026-10-16" });
    const both = signal({ kind: "LUXURY_SUSPECTED", start: "2026-10-15", end: "2026-10-16", reachedOn: "2026-10-16" });
    const after = signal({ kind: "SICKNESS_NEAR_HOLIDAY", start: "2026-10-27", reachedOn: "2026-10-27" });
    expect(signalIdentities([friday, after], { holidaySides })).toEqual(["LUXURY_SUSPECTED:before:2026-10-16", "SICKNESS_NEAR_HOLIDAY:after:2026-10-26"]);
    expect(signalIdentities([both], { holidaySides })).toEqual(["LUXURY_SUSPECTED:before:2026-10-16"]);
  });

  it("keys late arrivals by school year and level, and chains RMC follow-ups", () => {
    const ids = signalIdentities(
      [
        signal({ kind: "LATE_ARRIVALS", start: "2026-09-01", reachedOn: "2027-01-12", level: 2 }),
        signal({ kind: "RMC_18PLUS", start: "2026-09-07", reachedOn: "2026-10-12" }),
        signal({ kind: "RMC_18PLUS_FOLLOWUP", start: "2026-10-13", reachedOn: "2026-11-16" }),
        signal({ kind: "RMC_18PLUS_FOLLOWUP", start: "2026-11-17", reachedOn: "2026-12-14" }),
      ],
      { holidaySides: [] },
    );
    expect(ids).toEqual([
      "LATE_ARRIVALS:2026-08-01:2",
      "RMC_18PLUS:2026-09-07",
      "RMC_18PLUS_FOLLOWUP:2026-09-07:1",
      "RMC_18PLUS_FOLLOWUP:2026-09-07:2",
    ]);
  });

  it("never gives two signals of one output the same identity", () => {
    const twin = signal({ kind: "SICKNESS_LONG", start: "2026-11-02", reachedOn: "2026-11-10" });
    expect(signalIdentities([twin, { ...twin }], { holidaySides: [] })).toEqual(["SICKNESS_LONG:2026-11-02", "SICKNESS_LONG:2026-11-02:~2"]);
  });
});
