import { describe, expect, it } from "vitest";
import { adjustmentApplies, lessonParticipants, type GroupMembership, type IndividualAdjustment } from "./individual-schedule";

const members: GroupMembership[] = [
  { groupId: "1a", pupilId: "p1", validFrom: null, validUntil: null },
  { groupId: "1a", pupilId: "p2", validFrom: null, validUntil: null },
  { groupId: "1a", pupilId: "p3", validFrom: "2026-10-01", validUntil: null }, // joined later
  { groupId: "1a", pupilId: "p4", validFrom: null, validUntil: "2026-09-30" }, // left
  { groupId: "2b", pupilId: "p5", validFrom: null, validUntil: null },
];
const lesson = { id: "l1", date: "2026-10-05", groupId: "1a", timetableEntryId: "lo-1", subjectId: "lo", period: 3 }; // a Monday

const adjustment = (overrides: Partial<IndividualAdjustment>): IndividualAdjustment => ({
  pupilId: "p2", kind: "EXEMPTION", timetableEntryId: "lo-1", lessonId: null, subjectId: null, weekdays: [], periods: [], validFrom: "2026-08-01", validUntil: null, ...overrides,
});

describe("lessonParticipants", () => {
  it("takes the group's members on the lesson's date", () => {
    expect(lessonParticipants(lesson, members, [])).toEqual(["p1", "p2", "p3"]);
    expect(lessonParticipants({ ...lesson, date: "2026-09-15" }, members, [])).toEqual(["p1", "p2", "p4"]);
  });

  it("removes exempted pupils within the exemption's validity only", () => {
    const exemption = adjustment({ validFrom: "2026-10-01", validUntil: "2026-10-31" });
    expect(lessonParticipants(lesson, members, [exemption])).toEqual(["p1", "p3"]);
    expect(lessonParticipants({ ...lesson, date: "2026-11-02" }, members, [exemption])).toEqual(["p1", "p2", "p3"]);
    expect(lessonParticipants({ ...lesson, timetableEntryId: "wi-1" }, members, [exemption])).toEqual(["p1", "p2", "p3"]);
  });

  it("adds pupils of other groups by timetable entry or by dated lesson", () => {
    const byEntry = adjustment({ pupilId: "p5", kind: "ADDITION" });
    const byLesson = adjustment({ pupilId: "p9", kind: "ADDITION", timetableEntryId: null, lessonId: "l1", validFrom: "2020-01-01", validUntil: "2020-01-01" });
    expect(lessonParticipants(lesson, members, [byEntry, byLesson])).toEqual(["p1", "p2", "p3", "p5", "p9"]);
    expect(lessonParticipants({ ...lesson, id: "l2" }, members, [byLesson])).toEqual(["p1", "p2", "p3"]);
  });

  it("lists a pupil once, and an exemption beats an addition", () => {
    const double = adjustment({ pupilId: "p1", kind: "ADDITION" });
    const both = [adjustment({ pupilId: "p5", kind: "ADDITION" }), adjustment({ pupilId: "p5", kind: "EXEMPTION" })];
    expect(lessonParticipants(lesson, members, [double, ...both])).toEqual(["p1", "p2", "p3"]);
  });
});

describe("adjustmentApplies", () => {
  const friday = { ...lesson, date: "2026-10-09" };
  it("applies an internship on chosen weekdays to those days' lessons of any group", () => {
    const internship = adjustment({ timetableEntryId: null, weekdays: [5] });
    expect(adjustmentApplies(internship, { ...friday, groupId: "2b", timetableEntryId: null })).toBe(true);
    expect(adjustmentApplies(internship, lesson)).toBe(false);
  });

  it("applies a change without filters to every lesson within its dates (an internship of whole weeks)", () => {
    const whole = adjustment({ timetableEntryId: null, validFrom: "2026-10-05", validUntil: "2026-10-09" });
    expect(adjustmentApplies(whole, lesson)).toBe(true);
    expect(adjustmentApplies(whole, { ...lesson, date: "2026-10-12" })).toBe(false);
    expect(adjustmentApplies(whole, { ...lesson, date: "2026-10-04" })).toBe(false);
  });

  it("needs every filter to match: subject and periods together", () => {
    const reduced = adjustment({ timetableEntryId: null, subjectId: "lo", periods: [3, 4] });
    expect(adjustmentApplies(reduced, lesson)).toBe(true);
    expect(adjustmentApplies(reduced, { ...lesson, period: 2 })).toBe(false);
    expect(adjustmentApplies(reduced, { ...lesson, subjectId: "wi" })).toBe(false);
  });

  it("never applies an addition that names no lesson or timetable entry (it would add every lesson)", () => {
    expect(adjustmentApplies(adjustment({ kind: "ADDITION", timetableEntryId: null, weekdays: [1] }), lesson)).toBe(false);
  });

  it("checks a named lesson by its id only, not by the dates", () => {
    const one = adjustment({ timetableEntryId: null, lessonId: "l1", validFrom: "2020-01-01", validUntil: "2020-01-01" });
    expect(adjustmentApplies(one, lesson)).toBe(true);
    expect(adjustmentApplies(one, { ...lesson, id: "l2" })).toBe(false);
  });
});
