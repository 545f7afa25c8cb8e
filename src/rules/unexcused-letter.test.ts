import { describe, expect, it } from "vitest";
import { on, rulesInput, schoolLessons, signal, signals, weekdays } from "./rules-test-kit";

const ABSENT = "ABSENT_UNEXCUSED";
const TWO_ABSENT = { status: [ABSENT, ABSENT, "PRESENT", "PRESENT", "PRESENT", "PRESENT"] } as const;
const ONE_ABSENT = { status: [ABSENT, "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT"] } as const;

describe("UNEXCUSED_LETTER: more than 8 hours", () => {
  it("exactly 8 hours sends no letter; the 9th hour does", () => {
    const eight = schoolLessons("2025-02-03", "2025-02-14", { "2025-02-03": ABSENT, "2025-02-04": TWO_ABSENT });
    expect(signals(rulesInput(eight), "UNEXCUSED_LETTER")).toEqual([]);
    const nine = schoolLessons("2025-02-03", "2025-02-14", { "2025-02-03": ABSENT, "2025-02-04": TWO_ABSENT, "2025-02-06": ONE_ABSENT });
    expect(signals(rulesInput(nine), "UNEXCUSED_LETTER")).toEqual([
      signal({ kind: "UNEXCUSED_LETTER", start: "2025-02-03", reachedOn: "2025-02-06", hours: 9 }),
    ]);
  });

  it("at most one letter per 4 compressed weeks, and the next one never counts the hours of the previous one", () => {
    // Two absent hours every school day; 16-hour reports on 12 Feb, 24 Feb and 6 Mar move the counting start.
    const lessons = schoolLessons("2025-02-03", "2025-04-04", {}, TWO_ABSENT);
    expect(signals(rulesInput(lessons), "UNEXCUSED_LETTER").map((s) => [s.start, s.reachedOn, s.hours])).toEqual([
      ["2025-02-03", "2025-02-07", 10],
      // cd(7 Feb, 7 Mar) = 28, and counting restarted on 7 March: 10 hours again on 13 March.
      ["2025-03-07", "2025-03-13", 10],
    ]);
  });

  it("counts from the 16-hour counting start: hours already reported are not counted again", () => {
    const lessons = schoolLessons("2025-02-03", "2025-03-14", {
      ...on(weekdays("2025-02-03", "2025-02-05"), ABSENT),
      "2025-03-04": { status: [ABSENT, ABSENT, ABSENT, "PRESENT", "PRESENT", "PRESENT"] },
    });
    // W(4 March) still holds 5 February (6 hours), but the report of 5 February moved the counting start past it.
    expect(signals(rulesInput(lessons), "UNEXCUSED_LETTER").map((s) => s.reachedOn)).toEqual(["2025-02-04"]);
    // Without 16-hour reports (18+ with startkwalificatie) the counting start never moves: 6 + 3 = 9 hours.
    const adult = rulesInput(lessons, { birthDate: "2006-01-01", startkwalificatie: true });
    expect(signals(adult, "UNEXCUSED_LETTER").map((s) => [s.start, s.reachedOn, s.hours])).toEqual([
      ["2025-02-03", "2025-02-04", 12],
      ["2025-02-05", "2025-03-04", 9],
    ]);
  });

  it("a letter can be due on the day of a 16-hour report: the report moves the counting start only for later days", () => {
    // 8 hours on Monday (not more than 8: no letter), 8 more on Tuesday: 16 hours, a report and a letter on the same day.
    const eightHours = { status: ABSENT, count: 8 } as const;
    const lessons = schoolLessons("2025-02-03", "2025-02-07", { "2025-02-03": eightHours, "2025-02-04": eightHours });
    const sameDay = signals(rulesInput(lessons)).filter((s) => s.kind === "UNEXCUSED_LETTER" || s.kind === "RELATIVE_16H");
    expect(sameDay).toEqual([
      signal({ kind: "RELATIVE_16H", mandatory: true, start: "2025-02-03", reachedOn: "2025-02-04", hours: 16, dueBy: "2025-02-11" }),
      signal({ kind: "UNEXCUSED_LETTER", start: "2025-02-03", reachedOn: "2025-02-04", hours: 16 }),
    ]);
  });

  it("is not sent while an LRV is open", () => {
    const lessons = schoolLessons("2025-01-06", "2025-04-11", on(weekdays("2025-02-03", "2025-04-11"), ABSENT));
    expect(signals(rulesInput(lessons), "UNEXCUSED_LETTER").map((s) => s.reachedOn)).toEqual(["2025-02-04"]);
  });

  it("letterHours is a setting", () => {
    const lessons = schoolLessons("2025-02-03", "2025-02-14", { "2025-02-03": TWO_ABSENT, "2025-02-04": TWO_ABSENT });
    expect(signals(rulesInput(lessons, { settings: { letterHours: 3 } }), "UNEXCUSED_LETTER")).toMatchObject([
      { reachedOn: "2025-02-04", hours: 4 },
    ]);
  });
});
