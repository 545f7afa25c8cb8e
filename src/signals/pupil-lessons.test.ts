import { describe, expect, it } from "vitest";

import { parseIsoDate, STATUS } from "@/rules";

import { decodePupilLessons } from "./pupil-lessons";

describe("decodePupilLessons", () => {
  it("reads every field of every lesson", () => {
    const day = parseIsoDate("2027-03-01")!;
    const { columns, period } = decodePupilLessons(`${day},510,560,1,${STATUS.ABSENT_UNEXCUSED},1,0;${day},560,610,2,${STATUS.LATE_UNEXCUSED},0,12`);
    expect(columns.length).toBe(2);
    expect([...columns.day.subarray(0, 2)]).toEqual([day, day]);
    expect([...columns.startMinute.subarray(0, 2)]).toEqual([510, 560]);
    expect([...columns.endMinute.subarray(0, 2)]).toEqual([560, 610]);
    expect([...period]).toEqual([1, 2]);
    expect([...columns.status.subarray(0, 2)]).toEqual([STATUS.ABSENT_UNEXCUSED, STATUS.LATE_UNEXCUSED]);
    expect([...columns.reason.subarray(0, 2)]).toEqual([1, 0]);
    expect([...columns.lateMinutes.subarray(0, 2)]).toEqual([0, 12]);
  });

  it("reads an empty list as no lessons", () => {
    expect(decodePupilLessons("").columns.length).toBe(0);
  });

  it("refuses a lesson with a missing or extra field", () => {
    expect(() => decodePupilLessons("1,2,3,4,5,6")).toThrow(RangeError);
    expect(() => decodePupilLessons("1,2,3,4,5,6,7,8")).toThrow(RangeError);
    expect(() => decodePupilLessons("1,2,3,4,5,6,7;")).toThrow(RangeError);
    expect(() => decodePupilLessons("1,2,-3,4,5,6,7")).toThrow(RangeError);
  });
});
