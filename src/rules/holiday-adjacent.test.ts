import { describe, expect, it } from "vitest";
import type { TLessonStatus } from "./lesson-codes";
import type { TRulesLesson } from "./rules-input-schema";
import type { TSignal } from "./rules-output";
import { dayLessons, rulesInput, schoolLessons, signal, signals, type TInputOptions } from "./rules-test-kit";

const WITHOUT_LEAVE = { status: "ABSENT_UNEXCUSED", reason: "HOLIDAY_WITHOUT_LEAVE" } as const;
// Saturday 15 to Sunday 23 February 2025: Friday 14 and Thursday 13 February are its days before, Monday 24 and Tuesday 25 its days after.
const SPRING = [{ name: "Voorjaarsvakantie", start: "2025-02-15", end: "2025-02-23" }];

function nearHoliday(lessons: readonly TRulesLesson[], options: TInputOptions = {}): TSignal[] {
  return signals(rulesInput(lessons, { holidays: SPRING, ...options })).filter(
    (s) => s.kind === "LUXURY_SUSPECTED" || s.kind === "SICKNESS_NEAR_HOLIDAY",
  );
}

/** PRESENT lessons from 3 February to 7 March 2025, with `days` replacing the lessons of their dates. */
function februaryWith(days: Record<string, readonly TRulesLesson[]>): TRulesLesson[] {
  const present = schoolLessons("2025-02-03", "2025-03-07", Object.fromEntries(Object.keys(days).map((date) => [date, null])));
  return [...present, ...Object.values(days).flat()];
}

/** One day's six lessons, one status (and reason) per lesson. */
function day(date: string, lessons: readonly (TLessonStatus | { status: TLessonStatus; reason: string })[]): TRulesLesson[] {
  const statuses = lessons.map((lesson) => (typeof lesson === "string" ? lesson : lesson.status));
  return dayLessons(date, { status: statuses }).map((lesson, n) => {
    const spec = lessons[n]!;
    return { ...lesson, reason: typeof spec === "string" ? null : spec.reason };
  });
}

const P = "PRESENT";
const U = "ABSENT_UNEXCUSED";

describe("LUXURY_SUSPECTED and SICKNESS_NEAR_HOLIDAY: the school days right before and after a holiday", () => {
  it("signal unexcused absence and sickness on the 2 school days next to a holiday, one per holiday side", () => {
    const lessons = schoolLessons("2025-02-03", "2025-03-07", {
      "2025-02-12": "SICK",
      "2025-02-13": "SICK",
      "2025-02-14": "ABSENT_UNEXCUSED",
      "2025-02-24": "ABSENT_UNKNOWN",
      "2025-02-25": "ABSENT_UNKNOWN",
    });
    expect(nearHoliday(lessons)).toEqual([
      signal({ kind: "SICKNESS_NEAR_HOLIDAY", start: "2025-02-13", reachedOn: "2025-02-13" }),
      signal({ kind: "LUXURY_SUSPECTED", start: "2025-02-14", reachedOn: "2025-02-14", hours: 6 }),
      signal({ kind: "LUXURY_SUSPECTED", start: "2025-02-24", reachedOn: "2025-02-25", hours: 12, provisional: true }),
    ]);
  });

  it("holidayAdjacentDays widens the days looked at", () => {
    const lessons = schoolLessons("2025-02-03", "2025-03-07", { "2025-02-12": "SICK" });
    expect(nearHoliday(lessons)).toEqual([]);
    expect(nearHoliday(lessons, { settings: { holidayAdjacentDays: 3 } })).toMatchObject([
      { kind: "SICKNESS_NEAR_HOLIDAY", start: "2025-02-12" },
    ]);
  });

  it("do not count HOLIDAY_WITHOUT_LEAVE (that is LUXURY), and LUXURY_SUSPECTED is for compulsory education only", () => {
    const lessons = schoolLessons("2025-02-03", "2025-03-07", {
      "2025-02-14": WITHOUT_LEAVE,
      "2025-02-24": "ABSENT_UNEXCUSED",
      "2025-02-25": "SICK",
    });
    expect(signals(rulesInput(lessons, { holidays: SPRING }), "LUXURY_SUSPECTED")).toMatchObject([{ start: "2025-02-24" }]);
    const adult = nearHoliday(lessons, { birthDate: "2006-01-01" });
    expect(adult.map((s) => [s.kind, s.start])).toEqual([["SICKNESS_NEAR_HOLIDAY", "2025-02-25"]]);
  });

  it("skip weekends, free days and public holidays when finding the days next to a holiday", () => {
    // Easter Monday 21 April 2025 and a free day on Friday 25 April, right before the May holiday.
    const may = [{ name: "Meivakantie", start: "2025-04-26", end: "2025-05-04" }];
    const lessons = schoolLessons("2025-04-14", "2025-05-09", { "2025-04-23": "SICK" });
    expect(signals(rulesInput(lessons, { holidays: may, freeDays: ["2025-04-25"] }), "SICKNESS_NEAR_HOLIDAY")).toMatchObject([
      { start: "2025-04-23" },
    ]);
  });
});

describe("LUXURY_SUSPECTED and SICKNESS_NEAR_HOLIDAY: only absent days, the whole day missed", () => {
  it("a single missed lesson next to a holiday is no holiday extension: no signal", () => {
    const lessons = februaryWith({
      "2025-02-14": day("2025-02-14", [P, P, P, P, P, U]),
      "2025-02-24": day("2025-02-24", ["ABSENT_UNKNOWN", "ABSENT_UNKNOWN", P, P, P, P]),
    });
    expect(nearHoliday(lessons)).toEqual([]);
  });

  it("the whole day missed is suspected luxury absence", () => {
    const lessons = februaryWith({ "2025-02-14": day("2025-02-14", [U, U, U, U, U, U]) });
    expect(nearHoliday(lessons)).toEqual([signal({ kind: "LUXURY_SUSPECTED", start: "2025-02-14", reachedOn: "2025-02-14", hours: 6 })]);
  });

  it("going home sick after a few lessons before a holiday is no sickness near a holiday; sick the whole day is", () => {
    const wentHome = februaryWith({ "2025-02-14": day("2025-02-14", [P, P, P, "SICK", "SICK", "SICK"]) });
    expect(nearHoliday(wentHome)).toEqual([]);
    const sickAllDay = februaryWith({ "2025-02-14": day("2025-02-14", ["SICK", "SICK", "SICK", "SICK", "SICK", "SICK"]) });
    expect(nearHoliday(sickAllDay)).toEqual([signal({ kind: "SICKNESS_NEAR_HOLIDAY", start: "2025-02-14", reachedOn: "2025-02-14" })]);
  });

  it("a day with some lessons unexcused and the rest sick is sickness near a holiday, not suspected luxury", () => {
    const lessons = februaryWith({ "2025-02-24": day("2025-02-24", [U, U, "ABSENT_UNKNOWN", "SICK", "SICK", "SICK"]) });
    expect(nearHoliday(lessons)).toEqual([signal({ kind: "SICKNESS_NEAR_HOLIDAY", start: "2025-02-24", reachedOn: "2025-02-24" })]);
  });

  it("unexcused lessons with the rest excused for another reason are suspected; hours are the unexcused lessons only", () => {
    const lessons = februaryWith({
      "2025-02-14": day("2025-02-14", [U, U, "MEDICAL", "MEDICAL", "OTHER_EXCUSED", { status: "LEAVE", reason: "RELIGIOUS" }]),
      // Excused all day with no unexcused or sick lesson: neither.
      "2025-02-24": day("2025-02-24", ["MEDICAL", "MEDICAL", "MEDICAL", "MEDICAL", "MEDICAL", "MEDICAL"]),
    });
    expect(nearHoliday(lessons)).toEqual([signal({ kind: "LUXURY_SUSPECTED", start: "2025-02-14", reachedOn: "2025-02-14", hours: 2 })]);
  });

  it("a late arrival is being there: a day with one late lesson and the rest missed is not an absent day", () => {
    const lessons = februaryWith({
      "2025-02-14": day("2025-02-14", ["LATE_UNEXCUSED", U, U, U, U, U]),
      "2025-02-24": day("2025-02-24", ["LATE_EXCUSED", "SICK", "SICK", "SICK", "SICK", "SICK"]),
    });
    expect(nearHoliday(lessons)).toEqual([]);
  });

  it("only lessons that took place count: missing every lesson that was not cancelled is the whole day", () => {
    const lessons = februaryWith({ "2025-02-14": day("2025-02-14", ["CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED", U, U]) });
    expect(nearHoliday(lessons)).toEqual([signal({ kind: "LUXURY_SUSPECTED", start: "2025-02-14", reachedOn: "2025-02-14", hours: 2 })]);
  });

  it("a day of holiday without leave with one lesson not yet called about: that lesson is suspected, and provisional", () => {
    const lessons = februaryWith({ "2025-02-14": day("2025-02-14", [WITHOUT_LEAVE, WITHOUT_LEAVE, WITHOUT_LEAVE, WITHOUT_LEAVE, WITHOUT_LEAVE, "ABSENT_UNKNOWN"]) });
    expect(nearHoliday(lessons)).toEqual([
      signal({ kind: "LUXURY_SUSPECTED", start: "2025-02-14", reachedOn: "2025-02-14", hours: 1, provisional: true }),
    ]);
  });

  it("start and end are whole days missed; a missed lesson on a day between them neither counts nor makes the signal provisional", () => {
    const lessons = februaryWith({
      "2025-02-12": day("2025-02-12", [U, U, U, U, U, U]),
      "2025-02-13": day("2025-02-13", ["ABSENT_UNKNOWN", P, P, P, P, "SICK"]),
      "2025-02-14": day("2025-02-14", [U, U, U, U, U, U]),
    });
    expect(nearHoliday(lessons, { settings: { holidayAdjacentDays: 3 } })).toEqual([
      signal({ kind: "LUXURY_SUSPECTED", start: "2025-02-12", end: "2025-02-14", reachedOn: "2025-02-14", hours: 12 }),
    ]);
    // With the 2 days of the default, only Friday is a whole day missed.
    expect(nearHoliday(lessons)).toEqual([signal({ kind: "LUXURY_SUSPECTED", start: "2025-02-14", reachedOn: "2025-02-14", hours: 6 })]);
  });
});
