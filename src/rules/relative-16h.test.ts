import { describe, expect, it } from "vitest";
import type { TRulesLesson } from "./rules-input-schema";
import { dayLessons, on, rulesInput, schoolLessons, signal, signals, weekdays } from "./rules-test-kit";

const ABSENT = "ABSENT_UNEXCUSED";

function lesson(date: string, start: string, end: string, status: TRulesLesson["status"]): TRulesLesson {
  return { date, start, end, status, reason: null, lateMinutes: 0 };
}

describe("RELATIVE_16H: 16 hours in 4 weeks", () => {
  it("fires at exactly 16.00 hours, on the day they are reached", () => {
    const lessons = schoolLessons("2025-01-06", "2025-02-28", {
      "2025-02-03": ABSENT,
      "2025-02-04": ABSENT,
      "2025-02-05": { status: [ABSENT, ABSENT, ABSENT, ABSENT, "PRESENT", "PRESENT"] },
    });
    expect(signals(rulesInput(lessons), "RELATIVE_16H")).toEqual([
      signal({
        kind: "RELATIVE_16H",
        mandatory: true,
        start: "2025-02-03",
        reachedOn: "2025-02-05",
        hours: 16,
        dueBy: "2025-02-12",
      }),
    ]);
  });

  it("does not fire at 15.99 hours: one minute short (959 minutes) is not 16 hours; one minute more is", () => {
    const lastLessonEnding = (end: string): TRulesLesson[] => [
      ...schoolLessons("2025-01-06", "2025-02-28", { "2025-02-03": ABSENT, "2025-02-04": ABSENT, "2025-02-05": null }),
      lesson("2025-02-05", "08:30", "09:30", ABSENT),
      lesson("2025-02-05", "09:30", "10:30", ABSENT),
      lesson("2025-02-05", "10:30", "11:30", ABSENT),
      lesson("2025-02-05", "11:30", end, ABSENT),
      lesson("2025-02-05", end, "13:30", "PRESENT"),
    ];
    expect(signals(rulesInput(lastLessonEnding("12:29")), "RELATIVE_16H")).toEqual([]);
    expect(signals(rulesInput(lastLessonEnding("12:30")), "RELATIVE_16H")).toMatchObject([{ reachedOn: "2025-02-05", hours: 16 }]);
  });

  it("converts 45-minute periods from their actual times: 21 periods (15.75 h) no, 22 periods (16.5 h) yes", () => {
    const periods = (absent: number) => ({
      minutes: 45,
      status: Array.from({ length: 8 }, (_, n) => (n < absent ? ABSENT : "PRESENT")),
    });
    const lessons = schoolLessons("2025-01-06", "2025-02-28", {
      "2025-02-03": periods(8),
      "2025-02-04": periods(8),
      "2025-02-05": periods(5),
      "2025-02-06": periods(1),
    });
    expect(signals(rulesInput(lessons), "RELATIVE_16H")).toEqual([
      signal({ kind: "RELATIVE_16H", mandatory: true, start: "2025-02-03", reachedOn: "2025-02-06", hours: 16.5, dueBy: "2025-02-13" }),
    ]);
  });

  it("converts 50-minute periods: 19 periods (15.83 h) no, 20 periods (16.67 h) yes", () => {
    const periods = (absent: number) => ({
      minutes: 50,
      status: Array.from({ length: 7 }, (_, n) => (n < absent ? ABSENT : "PRESENT")),
    });
    const nineteen = schoolLessons("2025-01-06", "2025-02-28", {
      "2025-02-03": periods(7),
      "2025-02-04": periods(7),
      "2025-02-05": periods(5),
    });
    expect(signals(rulesInput(nineteen), "RELATIVE_16H")).toEqual([]);
    const twenty = schoolLessons("2025-01-06", "2025-02-28", {
      "2025-02-03": periods(7),
      "2025-02-04": periods(7),
      "2025-02-05": periods(6),
    });
    expect(signals(rulesInput(twenty), "RELATIVE_16H")).toEqual([
      signal({ kind: "RELATIVE_16H", mandatory: true, start: "2025-02-03", reachedOn: "2025-02-05", hours: 16.67, dueBy: "2025-02-12" }),
    ]);
  });

  it("a repeat waits for the 7th day after the previous report, and fires then even without absence that day", () => {
    const lessons = schoolLessons("2025-01-06", "2025-02-28", on(weekdays("2025-02-03", "2025-02-11"), ABSENT));
    expect(signals(rulesInput(lessons), "RELATIVE_16H")).toEqual([
      signal({ kind: "RELATIVE_16H", mandatory: true, start: "2025-02-03", reachedOn: "2025-02-05", hours: 18, dueBy: "2025-02-12" }),
      // 16 hours were reached on Monday 10 February; the repeat fires on Wednesday 12th, the 7th day.
      signal({
        kind: "RELATIVE_16H",
        mandatory: true,
        repeat: true,
        start: "2025-02-06",
        reachedOn: "2025-02-12",
        hours: 24,
        dueBy: "2025-02-19",
      }),
    ]);
  });

  it("a repeat is contiguous: it starts the day after the previous report, not at its first absent day", () => {
    const lessons = schoolLessons("2025-01-06", "2025-02-28", {
      ...on(weekdays("2025-02-03", "2025-02-05"), ABSENT),
      ...on(weekdays("2025-02-10", "2025-02-12"), ABSENT),
    });
    const [, repeat] = signals(rulesInput(lessons), "RELATIVE_16H");
    expect(repeat).toMatchObject({ repeat: true, start: "2025-02-06", reachedOn: "2025-02-12", hours: 18 });
  });

  it("after the previous report has left the 4-week window, the next report is a first report again", () => {
    const lessons = schoolLessons("2025-01-06", "2025-03-28", {
      ...on(weekdays("2025-02-03", "2025-02-05"), ABSENT),
      ...on(weekdays("2025-03-17", "2025-03-19"), ABSENT),
    });
    expect(signals(rulesInput(lessons), "RELATIVE_16H").map(({ repeat, start, reachedOn }) => ({ repeat, start, reachedOn }))).toEqual([
      { repeat: false, start: "2025-02-03", reachedOn: "2025-02-05" },
      { repeat: false, start: "2025-03-17", reachedOn: "2025-03-19" },
    ]);
  });

  it("a holiday inside the window does not count: hours before and after a 2-week holiday add up", () => {
    const lessons = schoolLessons("2024-11-25", "2025-01-10", {
      "2024-12-09": ABSENT,
      "2024-12-10": { status: [ABSENT, ABSENT, ABSENT, ABSENT, "PRESENT", "PRESENT"] },
      "2025-01-06": ABSENT,
    });
    const christmas = [{ name: "Kerstvakantie", start: "2024-12-21", end: "2025-01-05" }];
    // cd(9 Dec, 6 Jan) = 12: the 10 hours of December are still inside W(6 Jan).
    expect(signals(rulesInput(lessons, { holidays: christmas }), "RELATIVE_16H")).toEqual([
      signal({ kind: "RELATIVE_16H", mandatory: true, start: "2024-12-09", reachedOn: "2025-01-06", hours: 16, dueBy: "2025-01-13" }),
    ]);
    // Without the holiday, 9 December is exactly 28 days back and out of the window: 4 + 6 hours only.
    expect(signals(rulesInput(lessons), "RELATIVE_16H")).toEqual([]);
  });

  it("a repeat whose 7th day falls in a holiday fires on a later school day, and still starts the day after the previous report", () => {
    const lessons = schoolLessons("2025-01-06", "2025-03-07", {
      ...on(weekdays("2025-02-12", "2025-02-14"), ABSENT),
      ...on(weekdays("2025-02-24", "2025-02-26"), ABSENT),
    });
    const spring = [{ name: "Voorjaarsvakantie", start: "2025-02-15", end: "2025-02-23" }];
    expect(signals(rulesInput(lessons, { holidays: spring }), "RELATIVE_16H")).toEqual([
      signal({ kind: "RELATIVE_16H", mandatory: true, start: "2025-02-12", reachedOn: "2025-02-14", hours: 18, dueBy: "2025-02-21" }),
      signal({
        kind: "RELATIVE_16H",
        mandatory: true,
        repeat: true,
        start: "2025-02-15",
        reachedOn: "2025-02-26",
        hours: 18,
        dueBy: "2025-03-05",
      }),
    ]);
  });

  it("a public holiday inside the due-date count moves dueBy: Easter Monday 2025", () => {
    const lessons = schoolLessons("2025-03-31", "2025-04-30", on(weekdays("2025-04-15", "2025-04-17"), ABSENT));
    expect(signals(rulesInput(lessons), "RELATIVE_16H")[0]).toMatchObject({ reachedOn: "2025-04-17", dueBy: "2025-04-25" });
  });

  it("ignores UNREGISTERED and CANCELLED lessons: they add no hours", () => {
    const lessons = schoolLessons("2025-01-06", "2025-02-28", {
      "2025-02-03": ABSENT,
      "2025-02-04": ABSENT,
      "2025-02-05": { status: [ABSENT, ABSENT, ABSENT, "UNREGISTERED", "CANCELLED", "CANCELLED"] },
    });
    expect(signals(rulesInput(lessons), "RELATIVE_16H")).toEqual([]);
  });

  it("ignores lessons on weekends and after asOf", () => {
    const lessons = [
      ...schoolLessons("2025-01-06", "2025-02-14", on(["2025-02-03", "2025-02-04"], ABSENT)),
      ...dayLessons("2025-02-08", ABSENT),
      ...dayLessons("2025-02-17", ABSENT),
    ];
    expect(signals(rulesInput(lessons, { asOf: "2025-02-14" }), "RELATIVE_16H")).toEqual([]);
    expect(signals(rulesInput(lessons, { asOf: "2025-02-17" }), "RELATIVE_16H")).toHaveLength(1);
  });

  it("is provisional when an ABSENT_UNKNOWN lesson counts in it", () => {
    const lessons = schoolLessons("2025-01-06", "2025-02-28", {
      "2025-02-03": ABSENT,
      "2025-02-04": "ABSENT_UNKNOWN",
      "2025-02-05": ABSENT,
    });
    expect(signals(rulesInput(lessons), "RELATIVE_16H")[0]).toMatchObject({ provisional: true, hours: 18 });
  });

  it("counts late minutes of LATE_UNEXCUSED only with lateCountsAsAbsence", () => {
    const late = { status: "LATE_UNEXCUSED", lateMinutes: 30 } as const;
    const lessons = schoolLessons("2025-01-06", "2025-02-28", on(weekdays("2025-02-03", "2025-02-10"), late));
    expect(signals(rulesInput(lessons), "RELATIVE_16H")).toEqual([]);
    // 6 lessons x 30 minutes = 3 hours a day: 16 hours on the 6th day, Monday 10 February.
    expect(signals(rulesInput(lessons, { settings: { lateCountsAsAbsence: true } }), "RELATIVE_16H")).toEqual([
      signal({ kind: "RELATIVE_16H", mandatory: true, start: "2025-02-03", reachedOn: "2025-02-10", hours: 18, dueBy: "2025-02-17" }),
    ]);
  });

  it("is the optional 16-hour report (not mandatory, no due date) for a pupil of RMC age", () => {
    const lessons = schoolLessons("2025-01-06", "2025-02-28", on(weekdays("2025-02-03", "2025-02-05"), ABSENT));
    expect(signals(rulesInput(lessons, { birthDate: "2006-01-01" }), "RELATIVE_16H")).toEqual([
      signal({ kind: "RELATIVE_16H", start: "2025-02-03", reachedOn: "2025-02-05", hours: 18 }),
    ]);
  });

  it("does not apply to an 18-year-old with startkwalificatie, who still gets the letter", () => {
    const lessons = schoolLessons("2025-01-06", "2025-02-28", on(weekdays("2025-02-03", "2025-02-05"), ABSENT));
    const result = signals(rulesInput(lessons, { birthDate: "2006-01-01", startkwalificatie: true }));
    expect(result.map((s) => s.kind)).toEqual(["UNEXCUSED_LETTER"]);
  });

  it("a pupil with startkwalificatie who turned 16 is reported until 31 July of that school year, not after", () => {
    const absent = { ...on(weekdays("2025-06-02", "2025-06-04"), ABSENT), ...on(weekdays("2025-09-01", "2025-09-03"), ABSENT) };
    const lessons = [...schoolLessons("2025-05-26", "2025-06-13", absent), ...schoolLessons("2025-08-25", "2025-09-12", absent)];
    const result = signals(rulesInput(lessons, { birthDate: "2009-03-15", startkwalificatie: true }), "RELATIVE_16H");
    expect(result.map((s) => [s.reachedOn, s.mandatory])).toEqual([["2025-06-04", true]]);
    const without = signals(rulesInput(lessons, { birthDate: "2009-03-15", startkwalificatie: false }), "RELATIVE_16H");
    expect(without.map((s) => [s.reachedOn, s.mandatory])).toEqual([
      ["2025-06-04", true],
      ["2025-09-03", true],
    ]);
  });
});
