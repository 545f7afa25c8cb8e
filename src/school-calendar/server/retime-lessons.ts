import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import { addDays, dbDate, isoDate } from "@/calendar/school-time";
import { inSchool } from "@/db/tenant-scope";
import { bellTimesPlan } from "../bell-times-plan";

export interface RetimeResult {
  retimed: number;
  kept: number;
  outside: number;
}

/**
 * Gives the lessons from `from` on (optionally of one period or one date only) the times of the bell schedules
 * as they stand in the transaction, school year by school year (decision 151). Lessons before `from` are
 * never read, so the past never changes.
 */
export async function retimeLessons(
  tx: Prisma.TransactionClient,
  { schoolId, from, period, date }: { schoolId: string; from: string; period?: number; date?: string },
): Promise<RetimeResult> {
  const scope = inSchool({ schoolId });
  const years = await tx.schoolYear.findMany({
    where: { endDate: { gte: dbDate(from) }, ...scope },
    select: { id: true, startDate: true, endDate: true, bellScheduleUses: { select: { bellScheduleId: true, weekday: true, date: true } } },
  });
  const periods = await tx.bellPeriod.findMany({ where: scope, select: { bellScheduleId: true, number: true, startMinutes: true, endMinutes: true } });
  const bySchedule = new Map<string, Map<number, { startMinutes: number; endMinutes: number }>>();
  for (const p of periods) {
    const map = bySchedule.get(p.bellScheduleId) ?? new Map();
    map.set(p.number, { startMinutes: p.startMinutes, endMinutes: p.endMinutes });
    bySchedule.set(p.bellScheduleId, map);
  }
  const total: RetimeResult = { retimed: 0, kept: 0, outside: 0 };
  for (const year of years) {
    const start = isoDate(year.startDate) > from ? isoDate(year.startDate) : from;
    const lessons = await tx.lesson.findMany({
      where: {
        date: date ? dbDate(date) : { gte: dbDate(start), lt: dbDate(addDays(isoDate(year.endDate), 1)) },
        ...(period === undefined ? {} : { period }),
        cancelled: false,
        ...scope,
      },
      select: { id: true, date: true, period: true, startMinutes: true, endMinutes: true, registrations: { where: { status: { not: "UNREGISTERED" } }, select: { id: true }, take: 1 } },
    });
    const inYear = lessons.filter((l) => isoDate(l.date) >= start && isoDate(l.date) <= isoDate(year.endDate));
    const plan = bellTimesPlan(
      inYear.map((l) => ({ id: l.id, date: isoDate(l.date), period: l.period, startMinutes: l.startMinutes, endMinutes: l.endMinutes, marked: l.registrations.length > 0 })),
      { periods: bySchedule, uses: year.bellScheduleUses.map((u) => ({ ...u, date: u.date ? isoDate(u.date) : null })) },
    );
    const groups = new Map<string, string[]>();
    for (const r of plan.retime) {
      const key = `${r.startMinutes}-${r.endMinutes}`;
      groups.set(key, [...(groups.get(key) ?? []), r.lessonId]);
    }
    for (const [key, ids] of groups) {
      const [startMinutes, endMinutes] = key.split("-").map(Number) as [number, number];
      await tx.lesson.updateMany({ where: { id: { in: ids }, ...scope }, data: { startMinutes, endMinutes } });
    }
    total.retimed += plan.retime.length;
    total.kept += plan.kept;
    total.outside += plan.outside;
  }
  return total;
}

/** The administrator's summary of a retiming, in Dutch ("" when no lesson was touched). */
export function retimeText(result: RetimeResult): string {
  const parts: string[] = [];
  if (result.retimed > 0) parts.push(`${result.retimed} ${result.retimed === 1 ? "les heeft" : "lessen hebben"} de nieuwe tijden gekregen.`);
  if (result.kept > 0) parts.push(`${result.kept} ${result.kept === 1 ? "les had" : "lessen hadden"} al registraties en ${result.kept === 1 ? "houdt" : "houden"} de oude tijden.`);
  if (result.outside > 0) parts.push(`${result.outside} ${result.outside === 1 ? "les valt" : "lessen vallen"} buiten deze lestijden en ${result.outside === 1 ? "blijft" : "blijven"} staan; pas zo nodig het rooster aan.`);
  return parts.length > 0 ? ` ${parts.join(" ")}` : "";
}
