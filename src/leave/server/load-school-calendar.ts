import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { SchoolCalendar } from "@/calendar/school-days";
import { addDays, dbDate, isoDate } from "@/calendar/school-time";

/** The school's holidays and free days that touch [from, to] (with a margin for the first school day after summer). */
export async function loadSchoolCalendar({ schoolId, from, to }: { schoolId: string; from: string; to: string }): Promise<SchoolCalendar> {
  const events = await prisma.calendarEvent.findMany({
    where: { startDate: { lte: dbDate(to) }, endDate: { gte: dbDate(addDays(from, -400)) }, ...inSchool({ schoolId }) },
    select: { kind: true, startDate: true, endDate: true },
  });
  const holidays: { start: string; end: string }[] = [];
  const freeDays: string[] = [];
  for (const event of events) {
    const start = isoDate(event.startDate);
    const end = isoDate(event.endDate);
    if (event.kind === "HOLIDAY") holidays.push({ start, end });
    else for (let day = start; day <= end; day = addDays(day, 1)) freeDays.push(day);
  }
  return { holidays, freeDays };
}
