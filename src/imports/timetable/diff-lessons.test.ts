import { describe, expect, it } from "vitest";
import { CANCELLED_REASON, diffLessons, GONE_REASON } from "./diff-lessons";
import type { MatchedLesson } from "./match-timetable";
import type { ExistingLesson } from "./timetable-context";

const lesson = (over: Partial<MatchedLesson> = {}): MatchedLesson => ({
  line: 1, date: "2026-11-24", startMinutes: 510, endMinutes: 560, period: 1, schoolYearId: "y", groupId: "g", subjectId: "wi", staffId: "jan", room: "A1", cancelled: false,
  clusterPupilIds: null, ...over,
});
const existing = (over: Partial<ExistingLesson> = {}): ExistingLesson => ({
  id: "old", date: "2026-11-24", period: 1, startMinutes: 510, endMinutes: 560, groupId: "g", subjectId: "wi", staffId: "jan", room: "A1", timetableEntryId: "e",
  cancelled: false, cancelReason: null, referenced: false, ...over,
});
let n = 0;
const newId = () => `new-${++n}`;

describe("diffLessons", () => {
  it("finds nothing to do when the lessons are as they are", () => {
    expect(diffLessons([lesson()], ["e"], [existing()], { newId })).toEqual({ insert: [], update: [], remove: [], cancel: [], unchanged: 1 });
  });

  it("keeps the row of the same date, group, start and subject, with its new teacher and cancellation", () => {
    const diff = diffLessons([lesson({ staffId: "pie", cancelled: true })], ["e"], [existing()], { newId });
    expect(diff.update).toEqual([expect.objectContaining({ id: "old", staffId: "pie", cancelled: true, cancelReason: CANCELLED_REASON })]);
    expect(diff.insert).toEqual([]);
  });

  it("adds a lesson at another time, deletes the old one if nothing refers to it and keeps it cancelled if something does", () => {
    const diff = diffLessons([lesson({ startMinutes: 565 })], ["e"], [existing(), existing({ id: "registered", subjectId: "ne", referenced: true })], { newId });
    expect(diff.insert).toEqual([expect.objectContaining({ startMinutes: 565, timetableEntryId: "e" })]);
    expect(diff.remove).toEqual([{ id: "old", date: "2026-11-24" }]);
    expect(diff.cancel).toEqual([{ id: "registered", date: "2026-11-24" }]);
  });

  it("does not cancel again what an earlier import already retired", () => {
    const diff = diffLessons([], [], [existing({ referenced: true, cancelled: true, cancelReason: GONE_REASON })], { newId });
    expect(diff).toEqual({ insert: [], update: [], remove: [], cancel: [], unchanged: 0 });
  });
});
