import { describe, expect, it } from "vitest";
import { checkLeaveRequest, type TLeaveCheckContext, type TLeaveCheckInput } from "./check-leave-request";

// Region MIDDLE 2026-2027: summer until 30 August, autumn 17–25 October, Christmas 19 December – 3 January.
const calendar = {
  holidays: [
    { start: "2026-08-01", end: "2026-08-30" },
    { start: "2026-10-17", end: "2026-10-25" },
    { start: "2026-12-19", end: "2027-01-03" },
  ],
  freeDays: ["2027-02-05"],
};
const ctx: TLeaveCheckContext = { today: "2026-11-23", calendar, noticeWeeks: 8, otherHolidayLeaveThisYear: 0 };
const ask = (input: Partial<TLeaveCheckInput>, context: Partial<TLeaveCheckContext> = {}) =>
  checkLeaveRequest({ type: "SPECIAL_CIRCUMSTANCES", startDate: "2026-12-03", endDate: "2026-12-04", attachmentCount: 0, ...input }, { ...ctx, ...context });

describe("checkLeaveRequest", () => {
  it("counts school days only: no weekend, holiday, free day or public holiday", () => {
    expect(ask({ startDate: "2026-12-03", endDate: "2026-12-04" })).toEqual({ schoolDays: 2, decider: "SCHOOL", problems: {} });
    // Fri 18 Dec is a school day, then Christmas; back Mon 4 Jan.
    expect(ask({ startDate: "2026-12-18", endDate: "2027-01-05" }).schoolDays).toBe(3);
    expect(ask({ startDate: "2027-02-04", endDate: "2027-02-08" }).schoolDays).toBe(2);
  });

  it("refuses an end before the start, a start in the past and a period without school days", () => {
    expect(ask({ startDate: "2026-12-04", endDate: "2026-12-03" }).problems.endDate?.[0]).toMatch(/vóór de eerste dag/);
    expect(ask({ startDate: "2026-11-20", endDate: "2026-11-24" }).problems.startDate?.[0]).toMatch(/al voorbij/);
    expect(ask({ startDate: "2026-12-05", endDate: "2026-12-06" }).problems.endDate?.[0]).toMatch(/geen schooldagen/);
  });

  it("sends special circumstances of more than 10 school days to the leerplichtambtenaar, not refused", () => {
    const check = ask({ startDate: "2027-01-11", endDate: "2027-01-25" });
    expect(check).toMatchObject({ schoolDays: 11, decider: "OFFICER", problems: {} });
    expect(ask({ startDate: "2027-01-11", endDate: "2027-01-22" })).toMatchObject({ schoolDays: 10, decider: "SCHOOL" });
  });

  it("holiday leave: at most 10 school days, asked 8 weeks ahead, once a year, with an employer's statement", () => {
    const ok = { type: "HOLIDAY_LEAVE" as const, attachmentCount: 1 };
    expect(ask({ ...ok, startDate: "2027-03-01", endDate: "2027-03-12" })).toEqual({ schoolDays: 10, decider: "SCHOOL", problems: {} });
    expect(ask({ ...ok, startDate: "2027-03-01", endDate: "2027-03-15" }).problems.endDate?.[0]).toMatch(/hoogstens 10 schooldagen.*11 schooldagen/);
    // 2027-01-15 is 53 days away: less than 8 weeks.
    expect(ask({ ...ok, startDate: "2027-01-15", endDate: "2027-01-15" }).problems.startDate?.[0]).toMatch(/minstens 8 weken/);
    expect(ask({ ...ok, startDate: "2027-01-15", endDate: "2027-01-15" }, { noticeWeeks: 6 }).problems).toEqual({});
    expect(ask({ ...ok, startDate: "2027-03-01", endDate: "2027-03-02" }, { otherHolidayLeaveThisYear: 1 }).problems.type?.[0]).toMatch(/één keer per schooljaar/);
    expect(ask({ ...ok, attachmentCount: 0, startDate: "2027-03-01", endDate: "2027-03-02" }).problems.attachments?.[0]).toMatch(/werkgever/);
  });

  it("holiday leave never in the first two weeks after the summer holiday", () => {
    const summer = { holidays: [{ start: "2027-07-17", end: "2027-08-29" }], freeDays: [] };
    const check = checkLeaveRequest(
      { type: "HOLIDAY_LEAVE", startDate: "2027-09-06", endDate: "2027-09-08", attachmentCount: 1 },
      { ...ctx, today: "2027-05-01", calendar: summer },
    );
    expect(check.problems.startDate?.[0]).toMatch(/eerste twee weken/);
    const later = checkLeaveRequest({ type: "HOLIDAY_LEAVE", startDate: "2027-09-13", endDate: "2027-09-14", attachmentCount: 1 }, { ...ctx, today: "2027-05-01", calendar: summer });
    expect(later.problems).toEqual({});
  });

  it("religious obligations: told at least 2 days ahead", () => {
    expect(ask({ type: "RELIGIOUS", startDate: "2026-11-24", endDate: "2026-11-24" }).problems.startDate?.[0]).toMatch(/minstens 2 dagen/);
    expect(ask({ type: "RELIGIOUS", startDate: "2026-11-25", endDate: "2026-11-25" }).problems).toEqual({});
  });
});
