import { describe, expect, it } from "vitest";
import { describePeriods, summarizeDayAbsences } from "./summarize-day-absences";

describe("summarizeDayAbsences", () => {
  it("groups a day per category, newest day first, periods in order", () => {
    const rows = [
      { date: "2026-11-23", period: 7, status: "SICK" as const },
      { date: "2026-11-16", period: 1, status: "LATE_UNEXCUSED" as const },
      { date: "2026-11-23", period: 1, status: "SICK" as const },
      { date: "2026-11-23", period: 2, status: "SICK" as const },
    ];
    expect(summarizeDayAbsences(rows)).toEqual([
      { date: "2026-11-23", status: "SICK", periods: [1, 2, 7] },
      { date: "2026-11-16", status: "LATE_UNEXCUSED", periods: [1] },
    ]);
  });
});

describe("describePeriods", () => {
  it("reads like Dutch", () => {
    expect(describePeriods([3])).toBe("3e uur");
    expect(describePeriods([1, 2])).toBe("1e en 2e uur");
    expect(describePeriods([1, 2, 3, 4, 5, 6, 7])).toBe("1e t/m 7e uur");
    expect(describePeriods([1, 3, 5])).toBe("1e, 3e en 5e uur");
  });
});
