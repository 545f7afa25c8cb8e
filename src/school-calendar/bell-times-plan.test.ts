import { describe, expect, it } from "vitest";
import { bellTimesPlan, type BellSetup, type TimedLesson } from "./bell-times-plan";

const setup: BellSetup = {
  periods: new Map([
    ["normaal", new Map([[1, { startMinutes: 510, endMinutes: 560 }], [2, { startMinutes: 560, endMinutes: 610 }], [7, { startMinutes: 875, endMinutes: 925 }]])],
    ["kort", new Map([[1, { startMinutes: 510, endMinutes: 550 }], [2, { startMinutes: 550, endMinutes: 590 }]])],
  ]),
  uses: [
    ...[1, 2, 3, 4, 5].map((weekday) => ({ bellScheduleId: "normaal", weekday, date: null })),
    { bellScheduleId: "kort", weekday: null, date: "2027-03-10" },
  ],
};
const lesson = (id: string, date: string, period: number, over: Partial<TimedLesson> = {}): TimedLesson => ({ id, date, period, startMinutes: 560, endMinutes: 610, marked: false, ...over });

describe("bellTimesPlan", () => {
  it("gives a day with its own schedule that schedule's times, a date beating its weekday", () => {
    expect(bellTimesPlan([lesson("a", "2027-03-10", 2), lesson("b", "2027-03-11", 2)], setup)).toEqual({
      retime: [{ lessonId: "a", startMinutes: 550, endMinutes: 590 }], kept: 0, outside: 0,
    });
  });

  it("keeps the times of a lesson with registrations, and of one whose period the day's schedule lacks", () => {
    expect(bellTimesPlan([lesson("a", "2027-03-10", 2, { marked: true }), lesson("b", "2027-03-10", 7, { startMinutes: 875, endMinutes: 925 })], setup)).toEqual({
      retime: [], kept: 1, outside: 1,
    });
  });
});
