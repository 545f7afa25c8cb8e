import { describe, expect, it } from "vitest";
import { createRng } from "./random";
import { registrationHistory, type HistoryInput } from "./registration-history";
import { createSchoolClock } from "./school-clock";
import type { LessonRow } from "./types";

const lesson = { id: "l1", date: "2026-11-20", startMinutes: 510, endMinutes: 560 } as LessonRow;
const input = (overrides: Partial<HistoryInput>): HistoryInput => ({
  status: "PRESENT", reason: null, lateMinutes: 0, lesson, markedMinute: 514, teacher: "teacher", guardianUser: "parent",
  report: undefined, leave: undefined, coordinatorUserId: "coordinator", stopped: false, clock: createSchoolClock("Europe/Amsterdam"), ...overrides,
});

describe("registrationHistory", () => {
  it("records a present pupil as the teacher's one mark", () => {
    const h = registrationHistory(input({}), createRng(1));
    expect(h.status).toBe("PRESENT");
    expect(h.fields).toMatchObject({ observed: "PRESENT", statusSource: "TEACHER", statusSetById: "teacher", observedAt: "2026-11-20T07:34:00.000Z" });
    expect(h.changes).toEqual([{ at: "2026-11-20T07:34:00.000Z", by: "teacher", source: "TEACHER", toObserved: "PRESENT", toStatus: "PRESENT" }]);
  });

  it("records an unexcused absence as the teacher's unknown absence, then the coordinator's call", () => {
    const h = registrationHistory(input({ status: "ABSENT_UNEXCUSED" }), createRng(1));
    expect(h.status).toBe("ABSENT_UNEXCUSED");
    expect(h.fields).toMatchObject({ observed: "ABSENT", statusSource: "FOLLOW_UP_CALL", statusSetById: "coordinator" });
    expect(h.changes.map((c) => [c.source, c.toStatus])).toEqual([["TEACHER", "ABSENT_UNKNOWN"], ["FOLLOW_UP_CALL", "ABSENT_UNEXCUSED"]]);
    expect(h.changes[1]!.at > h.changes[0]!.at).toBe(true);
  });

  it("lets the parent's report pre-fill a sick mark before the teacher sees the empty chair", () => {
    const report = { id: "r1", createdAt: "2026-11-20T06:45:00.000Z" } as HistoryInput["report"];
    const h = registrationHistory(input({ status: "SICK", report }), createRng(1));
    expect(h.fields).toMatchObject({ statusSource: "GUARDIAN", statusSetById: "parent", absenceReportId: "r1", observed: "ABSENT" });
    expect(h.changes.map((c) => c.source)).toEqual(["GUARDIAN", "TEACHER"]);
  });

  it("keeps the late minutes a teacher saw", () => {
    const h = registrationHistory(input({ status: "LATE_UNEXCUSED", lateMinutes: 7 }), createRng(1));
    expect(h.fields).toMatchObject({ observed: "LATE", observedLateMinutes: 7, lateMinutes: 7, observedAt: "2026-11-20T07:37:00.000Z" });
  });
});
