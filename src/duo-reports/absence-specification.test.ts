import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AttendanceStatus } from "@/db/generated/prisma/enums";
import { buildAbsenceSpecification, type TSpecificationLesson } from "./absence-specification";

/** A day of 50-minute periods from 08:30, one status per period. */
function day(date: string, statuses: AttendanceStatus[], lateMinutes = 0): TSpecificationLesson[] {
  return statuses.map((status, i) => ({ date, period: i + 1, startMinutes: 510 + i * 50, endMinutes: 560 + i * 50, status, lateMinutes }));
}
const absent = (n: number): AttendanceStatus[] => Array.from({ length: n }, () => "ABSENT_UNEXCUSED");

describe("buildAbsenceSpecification", () => {
  it("lists each absence day with its clock hours and periods, and whether every lesson was missed", () => {
    const lessons = [...day("2026-11-02", absent(8)), ...day("2026-11-03", ["PRESENT", ...absent(7)])];
    const spec = buildAbsenceSpecification(lessons, { from: "2026-11-02", to: "2026-11-03", counts: "UNEXCUSED" });
    expect(spec.days).toEqual([
      { date: "2026-11-02", hours: 6.67, periods: [1, 2, 3, 4, 5, 6, 7, 8], allLessonsMissed: true, unknownReasonLessons: 0 },
      { date: "2026-11-03", hours: 5.83, periods: [2, 3, 4, 5, 6, 7, 8], allLessonsMissed: false, unknownReasonLessons: 0 },
    ]);
    // 15 × 50 min = 12.5 h, rounded once: the days' 6.67 + 5.83 happen to agree here.
    expect(spec.hours).toBe(12.5);
    expect(spec.allLessonsMissed).toBe(false);
  });

  it("rounds the total from minutes, not from the rounded days", () => {
    // Three days of one 50-minute lesson: 0.83 + 0.83 + 0.83 = 2.49, but 150 min is 2.5 h.
    const lessons = ["2026-11-02", "2026-11-03", "2026-11-04"].flatMap((d) => day(d, ["ABSENT_UNEXCUSED"]));
    const spec = buildAbsenceSpecification(lessons, { from: "2026-11-02", to: "2026-11-04", counts: "UNEXCUSED" });
    expect(spec.days.map((d) => d.hours)).toEqual([0.83, 0.83, 0.83]);
    expect(spec.hours).toBe(2.5);
  });

  it("uses each lesson's own times: a shortened 40-minute period is 0.67 h", () => {
    const short = { date: "2026-11-02", period: 1, startMinutes: 510, endMinutes: 550, status: "ABSENT_UNEXCUSED" as const, lateMinutes: 0 };
    expect(buildAbsenceSpecification([short], { from: "2026-11-02", to: "2026-11-02", counts: "UNEXCUSED" }).hours).toBe(0.67);
  });

  it("ignores unregistered and cancelled lessons, and lessons outside the period", () => {
    const lessons = [
      ...day("2026-11-01", absent(3)),
      ...day("2026-11-02", ["ABSENT_UNEXCUSED", "UNREGISTERED", "CANCELLED", "ABSENT_UNKNOWN"]),
      ...day("2026-11-05", absent(3)),
    ];
    const spec = buildAbsenceSpecification(lessons, { from: "2026-11-02", to: "2026-11-04", counts: "UNEXCUSED" });
    expect(spec.days).toEqual([{ date: "2026-11-02", hours: 1.67, periods: [1, 4], allLessonsMissed: true, unknownReasonLessons: 1 }]);
    expect(spec.allLessonsMissed).toBe(true);
  });

  it("does not count excused absence or a late arrival as unexcused absence", () => {
    const spec = buildAbsenceSpecification(day("2026-11-02", ["SICK", "LATE_UNEXCUSED", "ABSENT_UNEXCUSED"], 10), {
      from: "2026-11-02", to: "2026-11-02", counts: "UNEXCUSED",
    });
    expect(spec.days).toEqual([{ date: "2026-11-02", hours: 0.83, periods: [3], allLessonsMissed: false, unknownReasonLessons: 0 }]);
  });

  it("counts late minutes for overig verzuim from late arrivals", () => {
    const lessons = [...day("2026-11-02", ["LATE_UNEXCUSED", "PRESENT"], 15), ...day("2026-11-03", ["LATE_UNEXCUSED"], 90)];
    const spec = buildAbsenceSpecification(lessons, { from: "2026-11-02", to: "2026-11-03", counts: "LATE" });
    // 15 min, and 90 late minutes capped at the 50-minute lesson.
    expect(spec.days.map((d) => [d.date, d.hours, d.periods])).toEqual([["2026-11-02", 0.25, [1]], ["2026-11-03", 0.83, [1]]]);
    expect(spec.hours).toBe(1.08);
  });

  it("says no lessons were missed when nothing was registered", () => {
    const spec = buildAbsenceSpecification([], { from: "2026-11-02", to: "2026-11-06", counts: "UNEXCUSED" });
    expect(spec).toMatchObject({ days: [], hours: 0, allLessonsMissed: false });
  });

  const statuses: AttendanceStatus[] = ["PRESENT", "SICK", "ABSENT_UNEXCUSED", "ABSENT_UNKNOWN", "LATE_UNEXCUSED", "UNREGISTERED", "CANCELLED"];
  const lessonArb = fc.record({
    date: fc.constantFrom("2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05"),
    period: fc.integer({ min: 1, max: 9 }),
    startMinutes: fc.integer({ min: 480, max: 900 }),
    length: fc.integer({ min: 30, max: 60 }),
    status: fc.constantFrom(...statuses),
    lateMinutes: fc.integer({ min: 0, max: 60 }),
  }).map(({ length, ...l }) => ({ ...l, endMinutes: l.startMinutes + length }));

  it("never lists a day twice, lists days in order, and keeps the total within rounding of the days", () => {
    fc.assert(fc.property(fc.array(lessonArb, { maxLength: 40 }), (lessons) => {
      const spec = buildAbsenceSpecification(lessons, { from: "2026-11-02", to: "2026-11-05", counts: "UNEXCUSED" });
      const dates = spec.days.map((d) => d.date);
      expect(dates).toEqual([...new Set(dates)].sort());
      const sum = spec.days.reduce((s, d) => s + d.hours, 0);
      expect(Math.abs(sum - spec.hours)).toBeLessThanOrEqual(0.005 * spec.days.length + 1e-9);
    }));
  });

  it("never removes a day or hours when one more lesson is missed", () => {
    fc.assert(fc.property(fc.array(lessonArb, { minLength: 1, maxLength: 30 }), fc.nat(), (lessons, pick) => {
      const options = { from: "2026-11-02", to: "2026-11-05", counts: "UNEXCUSED" as const };
      const before = buildAbsenceSpecification(lessons, options);
      const i = pick % lessons.length;
      const after = buildAbsenceSpecification(lessons.map((l, k) => (k === i ? { ...l, status: "ABSENT_UNEXCUSED" as const } : l)), options);
      expect(after.hours).toBeGreaterThanOrEqual(before.hours);
      expect(after.days.length).toBeGreaterThanOrEqual(before.days.length);
    }));
  });
});
