import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dueDate } from "./due-date";
import { formatIsoDate } from "./format-iso-date";
import { parseIsoDate } from "./parse-iso-date";
import { prepareCalendar } from "./prepare-calendar";
import type { TRulesCalendar } from "./rules-input-schema";

const SPRING: TRulesCalendar = {
  holidays: [{ name: "Voorjaarsvakantie", start: "2025-02-15", end: "2025-02-23" }],
  freeDays: ["2025-03-07"],
  publicHolidays: null,
};

function offset(date: string): number {
  return parseIsoDate(date)! - parseIsoDate("2025-01-01")!;
}

describe("prepareCalendar", () => {
  const prepared = prepareCalendar(SPRING, { from: "2025-01-01", to: "2025-12-31" });
  const cd = (a: string, b: string): number => prepared.compressed[offset(b)]! - prepared.compressed[offset(a)]!;

  it("marks school days: no weekends, holidays, free days or public holidays", () => {
    const isSchoolDay = (date: string): boolean => prepared.schoolDay[offset(date)] === 1;
    expect(isSchoolDay("2025-02-14")).toBe(true);
    expect(isSchoolDay("2025-02-17")).toBe(false); // holiday
    expect(isSchoolDay("2025-03-07")).toBe(false); // free day
    expect(isSchoolDay("2025-04-21")).toBe(false); // Easter Monday
    expect(isSchoolDay("2025-04-18")).toBe(true); // Good Friday is no public holiday
    expect(isSchoolDay("2025-02-15")).toBe(false); // Saturday
  });

  it("skips holidays in compressed days: the last school day before a holiday and the first after it are consecutive", () => {
    expect(cd("2025-02-14", "2025-02-24")).toBe(1);
    expect(cd("2025-02-03", "2025-03-03")).toBe(28 - 9);
    // Weekends and free days do count.
    expect(cd("2025-03-06", "2025-03-10")).toBe(4);
  });

  it("starts every 4-week window at the first day x with cd(x, D) < 28", () => {
    const D = offset("2025-03-14");
    const first = prepared.windowStart[D]!;
    expect(prepared.compressed[D]! - prepared.compressed[first]!).toBeLessThan(28);
    expect(prepared.compressed[D]! - prepared.compressed[first - 1]!).toBe(28);
    expect(formatIsoDate((prepared.from + first) as never)).toBe("2025-02-06");
  });

  it("agrees with counting compressed days one by one", () => {
    const holidays = SPRING.holidays.map((h) => [parseIsoDate(h.start)!, parseIsoDate(h.end)!] as const);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 364 }), (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        let naive = 0;
        for (let d = a + 1; d <= b; d++) {
          const day = prepared.from + d;
          if (!holidays.some(([start, end]) => day >= start && day <= end)) naive++;
        }
        expect(prepared.compressed[b]! - prepared.compressed[a]!).toBe(naive);
      }),
    );
  });

  it("lists the school days right before and after each holiday, nearest first", () => {
    const [before, after] = prepared.holidaySides;
    expect(before!.days.slice(0, 2).map(formatIsoDate)).toEqual(["2025-02-14", "2025-02-13"]);
    expect(after!.days.slice(0, 2).map(formatIsoDate)).toEqual(["2025-02-24", "2025-02-25"]);
  });
});

describe("dueDate: the 5th working day after", () => {
  const prepared = prepareCalendar(SPRING, { from: "2025-01-01", to: "2025-12-31" });
  const due = (date: string): string => formatIsoDate(dueDate(parseIsoDate(date)!, prepared));

  it("counts school holidays and free days as working days", () => {
    expect(due("2025-02-12")).toBe("2025-02-19");
    expect(due("2025-03-05")).toBe("2025-03-12");
  });

  it("skips a public holiday inside the count: Easter Monday, but not Good Friday", () => {
    expect(due("2025-04-17")).toBe("2025-04-25");
  });

  it("skips Liberation Day in 2025, a year divisible by 5", () => {
    expect(due("2025-04-30")).toBe("2025-05-08");
  });
});
