import type { AttendanceStatus } from "@/db/generated/prisma/enums";
import { lessonParticipants, type GroupMembership, type IndividualAdjustment } from "@/schedule/individual-schedule";
import { attendanceStatuses, type AttendanceMark, type AttendancePattern } from "./attendance-patterns";
import type { Rng } from "./random";
import { registrationHistory, type Change } from "./registration-history";
import type {
  AbsenceReportRow, LeaveRequestRow, LessonRow, RegistrationChangeRow, RegistrationRow, ScheduleAdjustmentRow,
} from "./types";

export interface TodayReport {
  pupilId: string;
  kind: "SICK" | "MEDICAL";
  startMinutes: number | null;
  endMinutes: number | null;
  note: string;
  reportedAtMinutes: number;
}

export interface AttendanceInput {
  today: string;
  previousSchoolDay: string | null;
  lessons: LessonRow[]; // in date and start order; registeredAt is filled in here
  members: readonly GroupMembership[];
  adjustments: readonly ScheduleAdjustmentRow[];
  patterns: ReadonlyMap<string, AttendancePattern>; // pupils without one are REGULAR
  approvedLeave: readonly LeaveRequestRow[];
  unregisteredLessonIds: ReadonlySet<string>;
  /** Pupils with one lesson yesterday still to be called about (ABSENT_UNKNOWN). */
  unknownYesterday: ReadonlySet<string>;
  todayReports: readonly TodayReport[];
  teacherUserOf: ReadonlyMap<string, string>; // staff id → user id
  guardianUserOf: ReadonlyMap<string, string>; // pupil id → the primary guardian's user id
  coordinatorUserId: string;
  clock: (date: string, minutes: number) => string;
}

export interface BuiltAttendance {
  registrations: RegistrationRow[];
  registrationChanges: RegistrationChangeRow[];
  absenceReports: AbsenceReportRow[];
}

const SICK_NOTES = ["Koorts", "Griep", "Buikgriep", "Migraine", "Verkouden", "Keelontsteking", null] as const;
const MEDICAL_NOTES = ["Tandarts", "Orthodontist", "Huisarts", "Fysiotherapie", "Controle in het ziekenhuis"] as const;


/**
 * Registrations (with their history) for every scheduled lesson up to
 * yesterday, the absence reports behind sick and medical marks, and today's
 * pre-filled marks from parent reports. The teacher's own marks for today are
 * left to the teacher.
 */
const ANY_LESSON = "*";

export function buildAttendance(input: AttendanceInput, rng: Rng, newId: () => string): BuiltAttendance {
  const { lessons, clock, today } = input;
  const membersByGroup = new Map<string, GroupMembership[]>();
  for (const m of input.members) membersByGroup.set(m.groupId, [...(membersByGroup.get(m.groupId) ?? []), m]);
  const adjustmentsByTarget = new Map<string, IndividualAdjustment[]>();
  for (const a of input.adjustments) {
    // A change that names neither a lesson nor a timetable entry (an internship on Fridays) is checked against every lesson.
    const key = a.lessonId ?? a.timetableEntryId ?? ANY_LESSON;
    adjustmentsByTarget.set(key, [...(adjustmentsByTarget.get(key) ?? []), a]);
  }

  // Each pupil's lessons up to today (individual schedule), and when the teacher marked each lesson.
  const lessonsOf = new Map<string, number[]>();
  const markedAt: number[] = [];
  lessons.forEach((lesson, index) => {
    markedAt.push(lesson.startMinutes + rng.int(1, 9));
    if (lesson.date > today || lesson.cancelled) return;
    const adjustments = [
      ...(adjustmentsByTarget.get(lesson.id) ?? []),
      ...(lesson.timetableEntryId ? (adjustmentsByTarget.get(lesson.timetableEntryId) ?? []) : []),
      ...(adjustmentsByTarget.get(ANY_LESSON) ?? []),
    ];
    for (const pupilId of lessonParticipants(lesson, membersByGroup.get(lesson.groupId) ?? [], adjustments)) {
      const list = lessonsOf.get(pupilId) ?? [];
      list.push(index);
      lessonsOf.set(pupilId, list);
    }
  });

  const registrations: RegistrationRow[] = [];
  const registrationChanges: RegistrationChangeRow[] = [];
  const absenceReports: AbsenceReportRow[] = [];
  const registeredLessons = new Set<number>();

  const register = (lessonIndex: number, pupilId: string, status: AttendanceStatus, fields: Partial<RegistrationRow>, changes: Change[]) => {
    const lesson = lessons[lessonIndex]!;
    const id = newId();
    changes.sort((a, b) => a.at.localeCompare(b.at));
    registrations.push({
      id, lessonId: lesson.id, pupilId, date: lesson.date, observed: null, observedLateMinutes: null, observedById: null,
      observedAt: null, status, reason: null, lateMinutes: 0, statusSource: null, statusSetById: null, statusSetAt: null,
      absenceReportId: null, leaveRequestId: null, version: changes.length, createdAt: changes[0]!.at,
      updatedAt: changes[changes.length - 1]!.at, ...fields,
    });
    let previous: AttendanceStatus | null = null;
    for (const c of changes) {
      registrationChanges.push({
        id: newId(), registrationId: id, changedAt: c.at, changedById: c.by, source: c.source,
        fromObserved: null, toObserved: c.toObserved ?? null,
        fromStatus: c.toStatus ? (c.fromStatus ?? previous) : null, toStatus: c.toStatus ?? null,
        fromReason: null, toReason: c.toReason ?? null, fromLateMinutes: null, toLateMinutes: c.toLateMinutes ?? null,
        note: c.note ?? null,
      });
      if (c.toStatus) previous = c.toStatus;
    }
  };

  const leaveByPupil = new Map<string, LeaveRequestRow[]>();
  for (const l of input.approvedLeave) leaveByPupil.set(l.pupilId, [...(leaveByPupil.get(l.pupilId) ?? []), l]);

  for (const [pupilId, indexes] of lessonsOf) {
    const past = indexes.filter((i) => lessons[i]!.date < today);
    const pattern = input.patterns.get(pupilId) ?? { kind: "REGULAR" };
    const marks: AttendanceMark[] = attendanceStatuses(
      pattern,
      past.map((i) => ({ date: lessons[i]!.date, start: lessons[i]!.startMinutes, end: lessons[i]!.endMinutes })),
      rng.fork(pupilId),
    );
    const leaveOn = new Map<string, LeaveRequestRow>();
    for (const leave of leaveByPupil.get(pupilId) ?? []) {
      for (const i of past) if (lessons[i]!.date >= leave.startDate && lessons[i]!.date <= leave.endDate) leaveOn.set(lessons[i]!.date, leave);
    }
    let unknownPlaced = !input.unknownYesterday.has(pupilId);
    const guardianUser = input.guardianUserOf.get(pupilId)!;

    // Reports: one per run of sick lessons, one per run of medical lessons on a day.
    const reportOf = new Map<number, AbsenceReportRow>();
    past.forEach((lessonIndex, k) => {
      const status = marks[k]!.status;
      if ((status !== "SICK" && status !== "MEDICAL") || leaveOn.has(lessons[lessonIndex]!.date)) return;
      const previous = k > 0 ? reportOf.get(k - 1) : undefined;
      const lesson = lessons[lessonIndex]!;
      if (previous && previous.kind === status && (status === "SICK" || previous.startDate === lesson.date)) {
        previous.endDate = lesson.date;
        if (status === "MEDICAL") previous.endMinutes = lesson.endMinutes;
        reportOf.set(k, previous);
        return;
      }
      const firstOfDay = k === 0 || lessons[past[k - 1]!]!.date !== lesson.date;
      const sick = status === "SICK";
      const report: AbsenceReportRow = {
        id: newId(), pupilId, kind: status, startDate: lesson.date,
        startMinutes: sick && firstOfDay ? null : lesson.startMinutes,
        endDate: lesson.date, endMinutes: sick ? null : lesson.endMinutes,
        note: sick ? rng.pick(SICK_NOTES) : rng.pick(MEDICAL_NOTES),
        state: sick ? "RECOVERED" : "ACTIVE", reportedById: guardianUser, reportedVia: "GUARDIAN", recoveredAt: null,
        createdAt: sick ? clock(lesson.date, firstOfDay ? rng.int(430, 500) : lesson.startMinutes - rng.int(5, 30)) : clock(lesson.date, -rng.int(120, 240)),
      };
      absenceReports.push(report);
      reportOf.set(k, report);
    });
    for (const report of new Set(reportOf.values())) {
      if (report.kind === "SICK") report.recoveredAt = clock(report.endDate!, rng.int(1080, 1260));
    }

    past.forEach((lessonIndex, k) => {
      if (input.unregisteredLessonIds.has(lessons[lessonIndex]!.id)) return;
      registeredLessons.add(lessonIndex);
      const lesson = lessons[lessonIndex]!;
      const teacher = input.teacherUserOf.get(lesson.staffId ?? "") ?? null;
      const { lateMinutes } = marks[k]!;
      let { status, reason } = marks[k]!;
      const leave = leaveOn.get(lesson.date);
      if (leave) [status, reason] = ["LEAVE", leave.type];
      if (lesson.date === input.previousSchoolDay && status === "PRESENT" && !unknownPlaced && lesson.startMinutes >= 600) {
        status = "ABSENT_UNKNOWN";
        unknownPlaced = true;
      }
      if (lesson.date === input.previousSchoolDay && status === "ABSENT_UNEXCUSED" && reason === null && pattern.kind !== "STOPPED_COMING") {
        status = "ABSENT_UNKNOWN"; // nobody has called home yet: the coordinator's list for today
      }
      const history = registrationHistory({
        status, reason, lateMinutes, lesson, markedMinute: markedAt[lessonIndex]!, teacher, guardianUser,
        report: reportOf.get(k), leave, coordinatorUserId: input.coordinatorUserId, stopped: pattern.kind === "STOPPED_COMING", clock,
      }, rng);
      register(lessonIndex, pupilId, history.status, history.fields, history.changes);
    });
  }

  // Today: only what parents reported; the teachers mark the rest themselves.
  for (const report of input.todayReports) {
    const guardianUser = input.guardianUserOf.get(report.pupilId)!;
    const row: AbsenceReportRow = {
      id: newId(), pupilId: report.pupilId, kind: report.kind, startDate: today, startMinutes: report.startMinutes,
      endDate: report.kind === "SICK" ? null : today, endMinutes: report.endMinutes, note: report.note, state: "ACTIVE",
      reportedById: guardianUser, reportedVia: "GUARDIAN", recoveredAt: null, createdAt: clock(today, report.reportedAtMinutes),
    };
    absenceReports.push(row);
    for (const i of lessonsOf.get(report.pupilId) ?? []) {
      const lesson = lessons[i]!;
      if (lesson.date !== today) continue;
      if (report.startMinutes !== null && lesson.endMinutes <= report.startMinutes) continue;
      if (report.endMinutes !== null && lesson.startMinutes >= report.endMinutes) continue;
      register(
        i, report.pupilId, report.kind,
        { statusSource: "GUARDIAN", statusSetById: guardianUser, statusSetAt: row.createdAt, absenceReportId: row.id },
        [{ at: row.createdAt, by: guardianUser, source: "GUARDIAN", toStatus: report.kind }],
      );
    }
  }

  for (const i of registeredLessons) {
    const lesson = lessons[i]!;
    lesson.registeredAt = clock(lesson.date, markedAt[i]!);
    lesson.registeredById = input.teacherUserOf.get(lesson.staffId ?? "") ?? null;
  }
  return { registrations, registrationChanges, absenceReports };
}
