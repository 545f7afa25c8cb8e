import "server-only";
import { DEFAULT_BELL_PERIODS, DEFAULT_BELL_SCHEDULE_NAME } from "@/calendar/default-bell-schedule";
import { schoolHolidays, type SchoolHoliday } from "@/calendar/school-holidays";
import { dbDate } from "@/calendar/school-time";
import type { Prisma } from "@/db/generated/prisma/client";
import type { Region } from "@/db/generated/prisma/enums";

/** The school year (1 August – 31 July) that contains `today`. */
export function schoolYearOf(today: string): { name: string; start: string; end: string; startYear: number } {
  const year = Number(today.slice(0, 4));
  const startYear = today.slice(5) >= "08-01" ? year : year - 1;
  return { name: `${startYear}-${startYear + 1}`, start: `${startYear}-08-01`, end: `${startYear + 1}-07-31`, startYear };
}

/**
 * A new school can start at once (decision 159): the current school year with the ministry's holidays of
 * its region (when they are known for that year) and the usual bell schedule on every weekday, all of
 * which the administrator changes in Beheer. Returns the holidays it could fill in.
 */
export async function createFirstSchoolYear(
  tx: Prisma.TransactionClient,
  { schoolId, region, today }: { schoolId: string; region: Region; today: string },
): Promise<{ schoolYearName: string; holidays: SchoolHoliday[] }> {
  const year = schoolYearOf(today);
  let holidays: SchoolHoliday[] = [];
  try {
    holidays = schoolHolidays(region, year.startYear);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const schoolYear = await tx.schoolYear.create({
    data: { schoolId, name: year.name, startDate: dbDate(year.start), endDate: dbDate(year.end) },
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
