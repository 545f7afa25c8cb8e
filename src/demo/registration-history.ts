import type { AttendanceStatus, Observation, RegistrationSource } from "@/db/generated/prisma/enums";
import type { Rng } from "./random";
import type { AbsenceReportRow, LeaveRequestRow, LessonRow, RegistrationRow } from "./types";

/** One step in a registration's history; the writer of the rows fills in the "from" side. */
export interface Change {
  at: string;
  by: string | null;
  source: RegistrationSource;
  toObserved?: Observation;
  fromStatus?: AttendanceStatus;
  toStatus?: AttendanceStatus;
  toReason?: string | null;
  toLateMinutes?: number;
  note?: string;
}

export interface HistoryInput {
  status: AttendanceStatus;
  reason: string | null;
  lateMinutes: number;
  lesson: LessonRow;
  /** When the teacher took the register (minutes after midnight). */
  markedMinute: number;
  teacher: string | null; // user ids
  guardianUser: string;
  report: AbsenceReportRow | undefined; // behind SICK and MEDICAL
  leave: LeaveRequestRow | undefined; // behind LEAVE
  coordinatorUserId: string;
  stopped: boolean;
  clock: (date: string, minutes: number) => string;
}

export interface RegistrationHistory {
  status: AttendanceStatus;
  fields: Partial<RegistrationRow>;
  changes: Change[];
}

/**
 * How a registration with a final status came about, as a school would have
 * recorded it: who said what, when. Present and late: the teacher's mark.
 * Sick and medical: the parent's report pre-filled it, then the teacher saw
 * the empty chair. Leave: the decision, then the teacher. Unexcused: the
 * teacher's "absent, reason unknown", then the coordinator's call home.
 */
export function registrationHistory(input: HistoryInput, rng: Rng): RegistrationHistory {
  const { status, reason, lateMinutes, lesson, markedMinute, teacher, guardianUser, report, leave, coordinatorUserId, stopped, clock } = input;
  const history = (finalStatus: AttendanceStatus, fields: Partial<RegistrationRow>, changes: Change[]): RegistrationHistory => ({
    status: finalStatus, fields, changes,
  });
  const observedAt = clock(lesson.date, markedMinute);
  const observedBy = { observedById: teacher, observedAt };
  const byTeacher = (toStatus: AttendanceStatus, toObserved: Observation, extra: Partial<Change> = {}): Change => ({
    at: observedAt, by: teacher, source: "TEACHER", toObserved, toStatus, ...extra,
  });
  switch (status) {
    case "PRESENT":
      return history(status, { observed: "PRESENT", ...observedBy, statusSource: "TEACHER", statusSetById: teacher, statusSetAt: observedAt }, [byTeacher("PRESENT", "PRESENT")]);
    case "LATE_UNEXCUSED":
    case "LATE_EXCUSED": {
      const at = clock(lesson.date, lesson.startMinutes + lateMinutes);
      return history(
        status,
        { observed: "LATE", observedLateMinutes: lateMinutes, observedById: teacher, observedAt: at, lateMinutes, statusSource: "TEACHER", statusSetById: teacher, statusSetAt: at },
        [{ ...byTeacher(status, "LATE", { toLateMinutes: lateMinutes, note: status === "LATE_EXCUSED" ? "Bus had vertraging" : undefined }), at }],
      );
    }
    case "SCHOOL_INITIATED": {
      const at = clock(lesson.date, markedMinute + rng.int(10, 35));
      return history(
        status,
        { observed: "SENT_OUT", observedById: teacher, observedAt: at, reason, statusSource: "TEACHER", statusSetById: teacher, statusSetAt: at },
        [{ ...byTeacher(status, "SENT_OUT", { toReason: reason, note: "Verwijderd uit de les" }), at }],
      );
    }
    case "SICK":
    case "MEDICAL": {
      const prefilledAt = report!.createdAt > clock(lesson.date, 420) ? report!.createdAt : clock(lesson.date, 420);
      return history(
        status,
        { observed: "ABSENT", ...observedBy, statusSource: "GUARDIAN", statusSetById: guardianUser, statusSetAt: prefilledAt, absenceReportId: report!.id },
        [{ at: prefilledAt, by: guardianUser, source: "GUARDIAN", toStatus: status }, { at: observedAt, by: teacher, source: "TEACHER", toObserved: "ABSENT" }],
      );
    }
    case "LEAVE": {
      const decidedAt = leave!.decidedAt!;
      return history(
        status,
        { observed: "ABSENT", ...observedBy, reason, statusSource: "LEAVE", statusSetById: leave!.decidedById, statusSetAt: decidedAt, leaveRequestId: leave!.id },
        [{ at: decidedAt, by: leave!.decidedById, source: "LEAVE", toStatus: "LEAVE", toReason: reason }, { at: observedAt, by: teacher, source: "TEACHER", toObserved: "ABSENT" }],
      );
    }
    case "ABSENT_UNKNOWN":
      return history(status, { observed: "ABSENT", ...observedBy, statusSource: "TEACHER", statusSetById: teacher, statusSetAt: observedAt }, [byTeacher("ABSENT_UNKNOWN", "ABSENT")]);
    default: {
      // Unexcused: the teacher saw an empty chair; the coordinator called home the same day.
      const holiday = reason === "HOLIDAY_WITHOUT_LEAVE";
      const decidedAt = clock(lesson.date, Math.max(lesson.endMinutes + rng.int(10, 90), 690));
      const source: RegistrationSource = holiday ? "COORDINATOR" : "FOLLOW_UP_CALL";
      return history(
        "ABSENT_UNEXCUSED",
        { observed: "ABSENT", ...observedBy, reason, statusSource: source, statusSetById: coordinatorUserId, statusSetAt: decidedAt },
        [
          byTeacher("ABSENT_UNKNOWN", "ABSENT"),
          {
            at: decidedAt, by: coordinatorUserId, source, toStatus: "ABSENT_UNEXCUSED", toReason: reason,
            note: holiday ? "Verlof was afgewezen; toch op vakantie" : stopped ? "Ouders niet bereikbaar" : "Nagebeld: geen geldige reden",
          },
        ],
      );
    }
  }
}
