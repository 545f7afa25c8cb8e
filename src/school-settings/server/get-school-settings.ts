import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { isoDate } from "@/calendar/school-time";
import { ZRulesSettingsSchema, type TRulesSettings } from "@/rules";

export type SchoolSettings = {
  name: string;
  brin: string;
  region: string;
  rulesProfile: "DEFAULT" | "MAZL" | "TWENTE" | "PARKSTAD";
  /** The school's overrides of single profile settings (RULES.md "Profiles"); empty when none or unreadable. */
  rulesOverrides: Partial<TRulesSettings>;
  teacherCorrectionDays: number;
  retentionYears: number;
  pupilsSeeOwnRegistrations: boolean;
  reportLimits: { reportTodayUntilMinutes: number; reportDaysAhead: number; appointmentTravelMinutes: number; reportKinds: string[]; phone: string | null };
  counts: { pupils: number; staff: number; groups: number };
  calendar: { id: string; kind: "HOLIDAY" | "FREE_DAY"; name: string; startDate: string; endDate: string }[];
};

export async function getSchoolSettings({ schoolId, yearId }: { schoolId: string; yearId: string | null }): Promise<SchoolSettings> {
  const db = prisma;
  const [school, pupils, staff, groups, events] = await Promise.all([
    db.school.findUniqueOrThrow({ where: { id: schoolId }, select: { name: true, brin: true, region: true, rulesProfile: true, rulesSettings: true, teacherCorrectionDays: true, retentionYears: true, pupilsSeeOwnRegistrations: true,
      reportTodayUntilMinutes: true, reportDaysAhead: true, appointmentTravelMinutes: true, reportKinds: true, phone: true } }),
    db.pupil.count({ where: { enrolledUntil: null, ...inSchool({ schoolId }) } }),
    db.staff.count({ where: { active: true, ...inSchool({ schoolId }) } }),
    yearId ? db.group.count({ where: { schoolYearId: yearId, ...inSchool({ schoolId }) } }) : Promise.resolve(0),
    yearId
      ? db.calendarEvent.findMany({ where: { schoolYearId: yearId, ...inSchool({ schoolId }) }, orderBy: { startDate: "asc" }, select: { id: true, kind: true, name: true, startDate: true, endDate: true } })
      : Promise.resolve([]),
  ]);
  const { reportTodayUntilMinutes, reportDaysAhead, appointmentTravelMinutes, reportKinds, phone, rulesSettings, ...rest } = school;
  const overrides = ZRulesSettingsSchema.safeParse(rulesSettings);
  return {
    ...rest,
    rulesOverrides: overrides.success ? overrides.data : {},
    reportLimits: { reportTodayUntilMinutes, reportDaysAhead, appointmentTravelMinutes, reportKinds, phone },
    counts: { pupils, staff, groups },
    calendar: events.map((e) => ({ ...e, startDate: isoDate(e.startDate), endDate: isoDate(e.endDate) })),
  };
}
