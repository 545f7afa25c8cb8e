import type { AttendanceStatus, RegistrationSource } from "@/db/generated/prisma/enums";
import { schoolInstant } from "@/calendar/school-time";
import type { KnownAbsence } from "./apply-teacher-mark";

const REPORT_STATUS: Record<string, AttendanceStatus> = { SICK: "SICK", MEDICAL: "MEDICAL", OTHER: "OTHER_EXCUSED" };

/** A parent's report or an approved leave that covers the lesson's date (read in that order: oldest first). */
export type CoveringAbsence = {
  type: "REPORT" | "LEAVE"; pupilId: string; kind: string;
  startDate: string; startMinutes: number | null; endDate: string | null; endMinutes: number | null;
  state: string; recoveredAt: Date | null; source: RegistrationSource | null;
};

type LessonTime = { date: string; startMinutes: number; endMinutes: number; timeZone: string };

/**
 * What parents' reports and approved leave already say about the pupils for
 * one lesson. Partial days count by time: a medical appointment from 10:00
 * covers the 10:10 lesson, not the 8:30 one; a pupil reported better
 * (betergemeld) before the lesson started is expected in class. Leave is a
 * decision of the school: it wins over a report for the same lesson.
 */
export function knownAbsences(covering: readonly CoveringAbsence[], lesson: LessonTime): Map<string, KnownAbsence> {
  const known = new Map<string, KnownAbsence>();
  const lessonStart = schoolInstant(lesson.date, lesson.startMinutes, lesson.timeZone);
  for (const report of covering) {
    if (report.type !== "REPORT" || !overlaps(report, lesson)) continue;
    if (report.state === "RECOVERED" && report.recoveredAt && report.recoveredAt <= lessonStart) continue;
    known.set(report.pupilId, { status: REPORT_STATUS[report.kind] ?? "OTHER_EXCUSED", reason: null, source: report.source ?? "GUARDIAN" });
  }
  for (const leave of covering) {
    if (leave.type === "LEAVE" && overlaps(leave, lesson)) known.set(leave.pupilId, { status: "LEAVE", reason: leave.kind, source: "LEAVE" });
  }
  return known;
}

function overlaps(period: CoveringAbsence, lesson: LessonTime): boolean {
  if (period.startDate === lesson.date && period.startMinutes !== null && lesson.endMinutes <= period.startMinutes) return false;
  if (period.endDate === lesson.date && period.endMinutes !== null && lesson.startMinutes >= period.endMinutes) return false;
  return true;
}
