import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { isoDate } from "@/calendar/school-time";
import { fullName } from "@/pupils/full-name";
import type { AttendanceStatus } from "@/db/generated/prisma/enums";
import { type AttendanceSummary, summarizeAttendance } from "@/pupils/server/summarize-attendance";
import { recentAttendanceSelect } from "@/pupils/server/recent-attendance-select";

export type OwnChild = {
  id: string;
  name: string;
  groupNames: string[];
  hiddenByPupil: boolean;
  summary: AttendanceSummary | null;
  recentAbsences: { date: string; period: number; subject: string; status: AttendanceStatus }[];
};

/**
 * SECURITY-CRITICAL (record scope): only the pupils linked to this guardian.
 * A pupil of 18 or older who chose so hides their registrations from parents.
 */
export async function listOwnChildren({ schoolId, guardianId, today, yearStart, recentFrom }: { schoolId: string; guardianId: string; today: string; yearStart: string; recentFrom: string }): Promise<OwnChild[]> {
  const links = await prisma.pupilGuardian.findMany({
    where: { guardianId, ...inSchool({ schoolId }) },
    select: {
      pupil: {
        select: {
          id: true, firstName: true, infix: true, lastName: true, birthDate: true, guardiansMayView: true,
          ...recentAttendanceSelect({ today, recentFrom }),
        },
      },
    },
  });
  const visible = links.filter(({ pupil }) => !hiddenByPupil(pupil, today));
  const summaries = await summarizeAttendance({ schoolId, pupilIds: visible.map((l) => l.pupil.id), from: yearStart, to: today });
  return links
    .map(({ pupil }) => {
      const hidden = hiddenByPupil(pupil, today);
      return {
        id: pupil.id,
        name: fullName(pupil),
        groupNames: pupil.groups.map((g) => g.group.name),
        hiddenByPupil: hidden,
        summary: hidden ? null : (summaries.get(pupil.id) ?? null),
        recentAbsences: hidden
          ? []
          : pupil.registrations.map((r) => ({ date: isoDate(r.date), period: r.lesson.period, subject: r.lesson.subject.name, status: r.status })),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "nl"));
}

function hiddenByPupil(pupil: { birthDate: Date; guardiansMayView: boolean }, today: string): boolean {
  if (pupil.guardiansMayView) return false;
  const eighteenth = new Date(pupil.birthDate);
  eighteenth.setUTCFullYear(eighteenth.getUTCFullYear() + 18);
  return isoDate(eighteenth) <= today;
}
