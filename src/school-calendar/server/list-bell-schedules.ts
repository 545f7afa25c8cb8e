import "server-only";
import { isoDate } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";

export interface BellScheduleView {
  id: string;
  name: string;
  periods: { number: number; startMinutes: number; endMinutes: number }[];
}

export interface BellSchedulesOfYear {
  schedules: BellScheduleView[];
  /** Weekday (1–5) → bell schedule id, for the chosen year. */
  weekdays: Record<number, string | null>;
  /** Single dates with another schedule, in date order. */
  dates: { id: string; date: string; bellScheduleId: string; scheduleName: string }[];
}

/** The school's bell schedules with their periods, and which applies when in one school year. */
export async function listBellSchedules({ schoolId, yearId }: { schoolId: string; yearId: string | null }): Promise<BellSchedulesOfYear> {
  const scope = inSchool({ schoolId });
  const [schedules, uses] = await Promise.all([
    prisma.bellSchedule.findMany({
      where: scope,
      select: { id: true, name: true, periods: { select: { number: true, startMinutes: true, endMinutes: true }, orderBy: { number: "asc" } } },
      orderBy: { name: "asc" },
    }),
    yearId
      ? prisma.bellScheduleUse.findMany({ where: { schoolYearId: yearId, ...scope }, select: { id: true, weekday: true, date: true, bellScheduleId: true, bellSchedule: { select: { name: true } } }, orderBy: { date: "asc" } })
      : Promise.resolve([]),
  ]);
  const weekdays: Record<number, string | null> = { 1: null, 2: null, 3: null, 4: null, 5: null };
  const dates: BellSchedulesOfYear["dates"] = [];
  for (const use of uses) {
    if (use.date) dates.push({ id: use.id, date: isoDate(use.date), bellScheduleId: use.bellScheduleId, scheduleName: use.bellSchedule.name });
    else if (use.weekday !== null) weekdays[use.weekday] = use.bellScheduleId;
  }
  return { schedules, weekdays, dates };
}
