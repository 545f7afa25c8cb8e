import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { isoDate } from "@/calendar/school-time";
import type { RecentAbsence } from "@/pupils/attendance-overview";
import { type AttendanceSummary, summarizeAttendance } from "@/pupils/server/summarize-attendance";
import { findOwnPupilRecord, type OwnPupilRecord } from "./find-own-pupil-record";
import { recentAttendanceSelect } from "@/pupils/server/recent-attendance-select";

export type OwnAttendance =
  | { kind: "no-pupil" }
  /** Under 18, in a school that does not show pupils their own registrations (School.pupilsSeeOwnRegistrations). */
  | { kind: "not-shown"; pupil: OwnPupilRecord }
  | { kind: "shown"; pupil: OwnPupilRecord; groupNames: string[]; summary: AttendanceSummary | null; recentAbsences: RecentAbsence[] };

/**
 * SECURITY-CRITICAL (record scope): what a pupil sees of their own registrations, read-only: the same
 * totals and recent absences as their parents' page (src/guardians/server/list-own-children.ts). From 18
 * always; younger only where the school allows it. Only the pupil linked to the account, in its school.
 */
export async function loadOwnAttendance({ actor, today, yearStart, recentFrom }: { actor: { userId: string; schoolId: string }; today: string; yearStart: string; recentFrom: string }): Promise<OwnAttendance> {
  const pupil = await findOwnPupilRecord({ actor, today });
  if (!pupil) return { kind: "no-pupil" };
  if (!pupil.adult) {
    const school = await prisma.school.findUniqueOrThrow({ where: { id: actor.schoolId }, select: { pupilsSeeOwnRegistrations: true } });
    if (!school.pupilsSeeOwnRegistrations) return { kind: "not-shown", pupil };
  }
  const [record, summaries] = await Promise.all([
    prisma.pupil.findFirstOrThrow({
      where: { id: pupil.id, ...inSchool(actor) },
      select: recentAttendanceSelect({ today, recentFrom }),
    }),
    summarizeAttendance({ schoolId: actor.schoolId, pupilIds: [pupil.id], from: yearStart, to: today }),
  ]);
  return {
    kind: "shown",
    pupil,
    groupNames: record.groups.map((g) => g.group.name),
    summary: summaries.get(pupil.id) ?? null,
    recentAbsences: record.registrations.map((r) => ({ date: isoDate(r.date), period: r.lesson.period, subject: r.lesson.subject.name, status: r.status })),
  };
}
