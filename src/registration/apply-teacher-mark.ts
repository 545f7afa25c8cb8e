import type { AttendanceStatus, Observation, RegistrationSource } from "@/db/generated/prisma/enums";

export type RegistrationState = {
  observed: Observation | null;
  observedLateMinutes: number | null;
  status: AttendanceStatus;
  reason: string | null;
  lateMinutes: number;
  statusSource: RegistrationSource | null;
};

/** What was known before the lesson: a parent's report or an approved leave, as a category. */
export type KnownAbsence = { status: AttendanceStatus; reason: string | null; source: RegistrationSource };

export type TeacherMark = { observation: Observation; lateMinutes?: number };

export type MarkOutcome = RegistrationState & {
  /** The coordinator decided this pupil's category; the teacher's observation is kept beside it. */
  keptDecision: boolean;
};

const DECISION_SOURCES: ReadonlySet<RegistrationSource> = new Set(["COORDINATOR", "FOLLOW_UP_CALL"]);
const EXCUSING: ReadonlySet<AttendanceStatus> = new Set(["MEDICAL", "LEAVE", "OTHER_EXCUSED"]);

/**
 * What a teacher's observation in class makes of a registration.
 *
 * - A decision of the coordinator (a follow-up call, a correction) is never
 *   overwritten: the observation is stored, the category stays.
 * - Absent with a known reason keeps that reason: a pupil reported sick
 *   and absent is SICK, not ABSENT_UNKNOWN.
 * - Absent without one becomes ABSENT_UNKNOWN, to be called (nabellen).
 * - Late with a known excuse (a medical appointment, leave) is LATE_EXCUSED.
 * - Present beats a report: the pupil is there. The report stays linked, so the
 *   daily check shows the mismatch.
 *
 * @example
 * // Reported sick by a parent, but in class: PRESENT, source TEACHER.
 * applyTeacherMark(reportedSick, { observation: "PRESENT" }, { known: sick })
 */
export function applyTeacherMark(current: RegistrationState | null, mark: TeacherMark, { known }: { known: KnownAbsence | null }): MarkOutcome {
  const observed = {
    observed: mark.observation,
    observedLateMinutes: mark.observation === "LATE" ? (mark.lateMinutes ?? 0) : null,
  };
  if (current?.statusSource && DECISION_SOURCES.has(current.statusSource)) {
    return { ...current, ...observed, keptDecision: true };
  }
  const teacher = { statusSource: "TEACHER" as const, keptDecision: false };
  switch (mark.observation) {
    case "PRESENT":
      return { ...observed, ...teacher, status: "PRESENT", reason: null, lateMinutes: 0 };
    case "LATE":
      return {
        ...observed,
        ...teacher,
        status: known && EXCUSING.has(known.status) ? "LATE_EXCUSED" : "LATE_UNEXCUSED",
        reason: null,
        lateMinutes: mark.lateMinutes ?? 0,
      };
    case "SENT_OUT":
      return { ...observed, ...teacher, status: "SCHOOL_INITIATED", reason: "SENT_OUT", lateMinutes: 0 };
    case "ABSENT":
      if (known) return { ...observed, status: known.status, reason: known.reason, lateMinutes: 0, statusSource: known.source, keptDecision: false };
      return { ...observed, ...teacher, status: "ABSENT_UNKNOWN", reason: null, lateMinutes: 0 };
  }
}
