import "server-only";
import { DEFAULT_BELL_PERIODS, DEFAULT_BELL_SCHEDULE_NAME } from "@/calendar/default-bell-schedule";
import type { SchoolHoliday } from "@/calendar/school-holidays";
import { nextSchoolYear } from "@/school-calendar/next-school-year";
import { schoolYearStartOf } from "@/school-calendar/school-year-of";
import { dbDate } from "@/calendar/school-time";
import type { Prisma } from "@/db/generated/prisma/client";
import type { Region } from "@/db/generated/prisma/enums";

/**
 * A new school can start at once (decision 159): the current school year with the ministry's holidays of
 * its region (when they are known for that year) and the usual bell schedule on every weekday, all of
 * which the administrator changes in Beheer. Returns the holidays it could fill in.
 */
export async function createFirstSchoolYear(
  tx: Prisma.TransactionClient,
  { schoolId, region, today }: { schoolId: string; region: Region; today: string },
): Promise<{ schoolYearName: string; holidays: SchoolHoliday[] }> {
  // The year before the one that holds today, and then its next: one definition of a school year (1 August – 31 July).
  const year = nextSchoolYear({ startDate: `${schoolYearStartOf(today) - 1}-08-01` }, [], region);
  const holidays = year.holidays ?? [];
  const schoolYear = await tx.schoolYear.create({
    data: { schoolId, name: year.name, startDate: dbDate(year.startDate), endDate: dbDate(year.endDate) },
    select: { id: true },
  });
  if (holidays.length > 0) {
    await tx.calendarEvent.createMany({
      data: holidays.map((h) => ({ schoolId, schoolYearId: schoolYear.id, kind: "HOLIDAY" as const, name: h.name, startDate: dbDate(h.start), endDate: dbDate(h.end) })),
    });
  }
  const schedule = await tx.bellSchedule.create({ data: { schoolId, name: DEFAULT_BELL_SCHEDULE_NAME }, select: { id: true } });
  await tx.bellPeriod.createMany({
    data: DEFAULT_BELL_PERIODS.map(([startMinutes, endMinutes], i) => ({ schoolId, bellScheduleId: schedule.id, number: i + 1, startMinutes, endMinutes })),
  });
  await tx.bellScheduleUse.createMany({
    data: [1, 2, 3, 4, 5].map((weekday) => ({ schoolId, schoolYearId: schoolYear.id, bellScheduleId: schedule.id, weekday })),
  });
  return { schoolYearName: year.name, holidays };
}
