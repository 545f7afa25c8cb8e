import { describe, expect, it } from "vitest";
import { DAY_FLAG } from "@/rules";

import { decodeDaySums, presentDays } from "./pupil-day-sums";

describe("decodeDaySums", () => {
  it("reads days in the loader's text form", () => {
    const sums = decodeDaySums("20515,3,300,0,0,0,0,0;20516,33,350,100,10,0,50,1");
    expect(sums.length).toBe(2);
    expect([...sums.day.slice(0, 2)]).toEqual([20515, 20516]);
    expect([sums.flags[1], sums.registeredMinutes[1], sums.absentMinutes[1], sums.lateMinutes[1], sums.unknownMinutes[1], sums.lateLessons[1]]).toEqual([
      33, 350, 100, 10, 50, 1,
    ]);
    expect(presentDays(sums)).toEqual(new Set([20515]));
    expect(DAY_FLAG.PRESENT & 33).toBe(0);
  });

  it("reads nothing from an empty text and refuses a malformed one", () => {
    expect(decodeDaySums("").length).toBe(0);
    expect(() => decodeDaySums("20515,3,300")).toThrow(RangeError);
    expect(() => decodeDaySums("20515,3,300,0,0,0,0,0,9")).toThrow(RangeError);
  });
});
