import "server-only";
import { isoDate } from "@/calendar/school-time";
import type { CalendarEventKind } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";

export interface YearCalendarEvent {
  id: string;
  kind: CalendarEventKind;
  name: string;
  startDate: string;
  endDate: string;
  /** Lessons this event cancelled (decision 150). */
  cancelledLessons: number;
}

/** One school year's holidays and free days in date order, or null when the year is not the school's. */
export async function getYearCalendar({ schoolId, yearId }: { schoolId: string; yearId: string }): Promise<YearCalendarEvent[] | null> {
  const year = await prisma.schoolYear.findFirst({ where: { id: yearId, ...inSchool({ schoolId }) }, select: { id: true } });
  if (!year) return null;
  const [events, cancelled] = await Promise.all([
    prisma.calendarEvent.findMany({
      where: { schoolYearId: year.id, ...inSchool({ schoolId }) },
      select: { id: true, kind: true, name: true, startDate: true, endDate: true },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
    }),
    prisma.lesson.groupBy({ by: ["cancelledByEventId"], where: { cancelledByEventId: { not: null }, ...inSchool({ schoolId }) }, _count: { _all: true } }),
  ]);
  const counts = new Map(cancelled.map((c) => [c.cancelledByEventId, c._count._all]));
  return events.map((e) => ({ ...e, startDate: isoDate(e.startDate), endDate: isoDate(e.endDate), cancelledLessons: counts.get(e.id) ?? 0 }));
}
