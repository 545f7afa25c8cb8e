import "server-only";
import { Prisma } from "@/db/generated/prisma/client";
import type { UntisExpandContext } from "../untis/expand-untis-lessons";

/**
 * What Untis' weekly timetable needs to become dated lessons: the school year that holds `from`, its
 * holidays and free days, and the bell schedules with the weekdays and dates they apply to. Untis' week
 * runs from `from` to the end of that school year (decision 158). Null when `from` is in no school year.
 */
export async function loadUntisContext(db: Prisma.TransactionClient, { schoolId, from }: { schoolId: string; from: string }): Promise<UntisExpandContext | null> {
  const [year] = await db.$queryRaw<{ id: string; endDate: string }[]>`
    SELECT "id", "endDate"::text AS "endDate" FROM "SchoolYear"
    WHERE "schoolId" = ${schoolId}::uuid AND "startDate" <= ${from}::date AND "endDate" >= ${from}::date`;
  if (!year) return null;
  const [events, periods, uses] = await Promise.all([
    db.$queryRaw<{ kind: string; startDate: string; endDate: string }[]>`
      SELECT "kind"::text AS "kind", "startDate"::text AS "startDate", "endDate"::text AS "endDate" FROM "CalendarEvent"
      WHERE "schoolId" = ${schoolId}::uuid AND "schoolYearId" = ${year.id}::uuid`,
    db.$queryRaw<{ bellScheduleId: string; number: number; startMinutes: number; endMinutes: number }[]>`
      SELECT "bellScheduleId", "number", "startMinutes", "endMinutes" FROM "BellPeriod" WHERE "schoolId" = ${schoolId}::uuid`,
    db.$queryRaw<{ bellScheduleId: string; weekday: number | null; date: string | null }[]>`
      SELECT "bellScheduleId", "weekday", "date"::text AS "date" FROM "BellScheduleUse"
      WHERE "schoolId" = ${schoolId}::uuid AND "schoolYearId" = ${year.id}::uuid`,
  ]);
  const freeDays: string[] = [];
  for (const e of events.filter((event) => event.kind === "FREE_DAY")) {
    for (let d = new Date(`${e.startDate}T00:00:00Z`); d <= new Date(`${e.endDate}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) freeDays.push(d.toISOString().slice(0, 10));
  }
  const schedules = new Map<string, UntisExpandContext["bellSchedules"][number]["periods"][number][]>();
  for (const p of periods) schedules.set(p.bellScheduleId, [...(schedules.get(p.bellScheduleId) ?? []), p]);
  return {
    from,
    to: year.endDate,
    calendar: { holidays: events.filter((e) => e.kind === "HOLIDAY").map((e) => ({ start: e.startDate, end: e.endDate })), freeDays },
    bellSchedules: [...schedules].map(([id, list]) => ({ id, periods: list })),
    uses,
  };
}
