import { describe, expect, it } from "vitest";
import { applyTeacherMark, type KnownAbsence, type RegistrationState } from "./apply-teacher-mark";

const sick: KnownAbsence = { status: "SICK", reason: null, source: "GUARDIAN" };
const medical: KnownAbsence = { status: "MEDICAL", reason: null, source: "GUARDIAN" };
const reportedSick: RegistrationState = { observed: null, observedLateMinutes: null, status: "SICK", reason: null, lateMinutes: 0, statusSource: "GUARDIAN" };
const calledUnexcused: RegistrationState = { observed: "ABSENT", observedLateMinutes: null, status: "ABSENT_UNEXCUSED", reason: null, lateMinutes: 0, statusSource: "FOLLOW_UP_CALL" };

describe("applyTeacherMark", () => {
  it("makes absent without a known reason ABSENT_UNKNOWN, to be called", () => {
    expect(applyTeacherMark(null, { observation: "ABSENT" }, { known: null })).toMatchObject({ status: "ABSENT_UNKNOWN", statusSource: "TEACHER", observed: "ABSENT" });
  });

  it("keeps a parent's sick report when the pupil is indeed absent", () => {
    expect(applyTeacherMark(reportedSick, { observation: "ABSENT" }, { known: sick })).toMatchObject({ status: "SICK", statusSource: "GUARDIAN", observed: "ABSENT" });
  });

  it("lets present beat a sick report", () => {
    expect(applyTeacherMark(reportedSick, { observation: "PRESENT" }, { known: sick })).toMatchObject({ status: "PRESENT", statusSource: "TEACHER" });
  });

  it("restores the known reason when a present mark is corrected to absent", () => {
    const present: RegistrationState = { ...reportedSick, observed: "PRESENT", status: "PRESENT", statusSource: "TEACHER" };
    expect(applyTeacherMark(present, { observation: "ABSENT" }, { known: sick })).toMatchObject({ status: "SICK", statusSource: "GUARDIAN" });
  });

  it("makes late unexcused, or excused after a medical appointment, with the minutes", () => {
    expect(applyTeacherMark(null, { observation: "LATE", lateMinutes: 7 }, { known: null })).toMatchObject({ status: "LATE_UNEXCUSED", lateMinutes: 7, observedLateMinutes: 7 });
    expect(applyTeacherMark(null, { observation: "LATE", lateMinutes: 20 }, { known: medical })).toMatchObject({ status: "LATE_EXCUSED", lateMinutes: 20 });
  });

  it("records sent out as school-initiated", () => {
    expect(applyTeacherMark(null, { observation: "SENT_OUT" }, { known: null })).toMatchObject({ status: "SCHOOL_INITIATED", reason: "SENT_OUT" });
  });

  it("never overwrites the coordinator's decision, but keeps the observation", () => {
    const outcome = applyTeacherMark(calledUnexcused, { observation: "PRESENT" }, { known: null });
    expect(outcome).toMatchObject({ status: "ABSENT_UNEXCUSED", statusSource: "FOLLOW_UP_CALL", observed: "PRESENT", keptDecision: true });
  });
});
