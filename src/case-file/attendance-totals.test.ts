import { describe, expect, it } from "vitest";
import { attendanceTotals } from "./attendance-totals";

describe("attendanceTotals", () => {
  it("counts registered lessons only and splits absence by category", () => {
    const totals = attendanceTotals(new Map([
      ["2026-11-16", [
        { status: "PRESENT", lessons: 3, minutes: 150, lateMinutes: 0 },
        { status: "LATE_UNEXCUSED", lessons: 1, minutes: 50, lateMinutes: 5 },
        { status: "ABSENT_UNKNOWN", lessons: 1, minutes: 50, lateMinutes: 0 },
        { status: "UNREGISTERED", lessons: 1, minutes: 50, lateMinutes: 0 },
      ]],
      ["2026-11-17", [{ status: "SICK", lessons: 2, minutes: 100, lateMinutes: 0 }, { status: "CANCELLED", lessons: 1, minutes: 50, lateMinutes: 0 }]],
    ] as const));
    expect(totals).toEqual({ registeredLessons: 7, presentLessons: 4, unexcusedMinutes: 50, excusedMinutes: 100, lateCount: 1 });
  });
});
