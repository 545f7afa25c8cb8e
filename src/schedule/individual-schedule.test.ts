import { describe, expect, it } from "vitest";
import { lessonParticipants, type GroupMembership, type IndividualAdjustment } from "./individual-schedule";

const members: GroupMembership[] = [
  { groupId: "1a", pupilId: "p1", validFrom: null, validUntil: null },
  { groupId: "1a", pupilId: "p2", validFrom: null, validUntil: null },
  { groupId: "1a", pupilId: "p3", validFrom: "2026-10-01", validUntil: null }, // joined later
  { groupId: "1a", pupilId: "p4", validFrom: null, validUntil: "2026-09-30" }, // left
  { groupId: "2b", pupilId: "p5", validFrom: null, validUntil: null },
];
const lesson = { id: "l1", date: "2026-10-05", groupId: "1a", timetableEntryId: "lo-1" };

const adjustment = (overrides: Partial<IndividualAdjustment>): IndividualAdjustment => ({
  pupilId: "p2", kind: "EXEMPTION", timetableEntryId: "lo-1", lessonId: null, validFrom: "2026-08-01", validUntil: null, ...overrides,
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
