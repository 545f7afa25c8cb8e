import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { dbDate, isoDate, schoolInstant } from "@/calendar/school-time";
import type { AttendanceStatus } from "@/db/generated/prisma/enums";
import type { KnownAbsence } from "../apply-teacher-mark";

const REPORT_STATUS: Record<string, AttendanceStatus> = { SICK: "SICK", MEDICAL: "MEDICAL", OTHER: "OTHER_EXCUSED" };

type LessonTime = { date: string; startMinutes: number; endMinutes: number; timeZone: string };

/**
 * What parents' reports and approved leave already say about these pupils for
 * one lesson. Partial days count by time: a medical appointment from 10:00
 * covers the 10:10 lesson, not the 8:30 one; a pupil reported better
 * (betergemeld) before the lesson started is expected in class.
 */
export async function findKnownAbsences({ schoolId, pupilIds, lesson }: { schoolId: string; pupilIds: string[]; lesson: LessonTime }): Promise<Map<string, KnownAbsence>> {
  const known = new Map<string, KnownAbsence>();
  if (pupilIds.length === 0) return known;
  const day = dbDate(lesson.date);
  const covering = { pupilId: { in: pupilIds }, startDate: { lte: day } };
  const [reports, leaves] = await Promise.all([
    prisma.absenceReport.findMany({
      where: { ...covering, state: { not: "WITHDRAWN" }, OR: [{ endDate: null }, { endDate: { gte: day } }], ...inSchool({ schoolId }) },
      orderBy: { createdAt: "asc" },
      select: { pupilId: true, kind: true, startDate: true, startMinutes: true, endDate: true, endMinutes: true, state: true, recoveredAt: true, reportedVia: true },
    }),
    prisma.leaveRequest.findMany({
      where: { ...covering, state: "APPROVED", endDate: { gte: day }, ...inSchool({ schoolId }) },
      orderBy: { createdAt: "asc" },
      select: { pupilId: true, type: true, startDate: true, startMinutes: true, endDate: true, endMinutes: true },
    }),
  ]);
  const lessonStart = schoolInstant(lesson.date, lesson.startMinutes, lesson.timeZone);
  for (const report of reports) {
    if (!overlaps(report, lesson)) continue;
    if (report.state === "RECOVERED" && report.recoveredAt && report.recoveredAt <= lessonStart) continue;
    known.set(report.pupilId, { status: REPORT_STATUS[report.kind] ?? "OTHER_EXCUSED", reason: null, source: report.reportedVia });
  }
  // Leave is a decision of the school: it wins over a report for the same lesson.
  for (const leave of leaves) {
    if (overlaps(leave, lesson)) known.set(leave.pupilId, { status: "LEAVE", reason: leave.type, source: "LEAVE" });
  }
  return known;
}

function overlaps(
  period: { startDate: Date; startMinutes: number | null; endDate: Date | null; endMinutes: number | null },
  lesson: LessonTime,
): boolean {
  if (isoDate(period.startDate) === lesson.date && period.startMinutes !== null && lesson.endMinutes <= period.startMinutes) return false;
  if (period.endDate && isoDate(period.endDate) === lesson.date && period.endMinutes !== null && lesson.startMinutes >= period.endMinutes) return false;
  return true;
}
