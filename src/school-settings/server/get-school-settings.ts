import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { isoDate } from "@/calendar/school-time";

export type SchoolSettings = {
  name: string;
  brin: string;
  region: string;
  rulesProfile: "DEFAULT" | "MAZL" | "TWENTE" | "PARKSTAD";
  teacherCorrectionDays: number;
  retentionYears: number;
  pupilsSeeOwnRegistrations: boolean;
  counts: { pupils: number; staff: number; groups: number };
  calendar: { id: string; kind: "HOLIDAY" | "FREE_DAY"; name: string; startDate: string; endDate: string }[];
};

export async function getSchoolSettings({ schoolId, yearId }: { schoolId: string; yearId: string | null }): Promise<SchoolSettings> {
  const db = prisma;
  const [school, pupils, staff, groups, events] = await Promise.all([
    db.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true, brin: true, region: true, rulesProfile: true, teacherCorrectionDays: true, retentionYears: true, pupilsSeeOwnRegistrations: true } }),
    db.pupil.count({ where: { enrolledUntil: null, ...inSchool({ schoolId }) } }),
    db.staff.count({ where: { active: true, ...inSchool({ schoolId }) } }),
    yearId ? db.group.count({ where: { schoolYearId: yearId, ...inSchool({ schoolId }) } }) : Promise.resolve(0),
    yearId
      ? db.calendarEvent.findMany({ where: { schoolYearId: yearId, ...inSchool({ schoolId }) }, orderBy: { startDate: "asc" }, select: { id: true, kind: true, name: true, startDate: true, endDate: true } })
      : Promise.resolve([]),
  ]);
  return {
    ...school,
    counts: { pupils, staff, groups },
    calendar: events.map((e) => ({ ...e, startDate: isoDate(e.startDate), endDate: isoDate(e.endDate) })),
  };
}
