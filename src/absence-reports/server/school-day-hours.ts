import "server-only";
import { Prisma } from "@/db/generated/prisma/client";
import { prisma } from "@/db/client";
import { dbDate } from "@/calendar/school-time";

/** The lesson start times of the school on a date (for "ziek vanaf het 3e uur"), and the first start and last end: its school hours. */
export async function schoolDayHours({ schoolId, date }: { schoolId: string; date: string }): Promise<{ starts: { period: number; startMinutes: number }[]; first: number | null; last: number | null }> {
  const rows = await prisma.$queryRaw<{ period: number; startMinutes: number; endMinutes: number }[]>(Prisma.sql`
    SELECT "period", min("startMinutes")::int AS "startMinutes", max("endMinutes")::int AS "endMinutes" FROM "Lesson"
    WHERE "schoolId" = ${schoolId}::uuid AND "date" = ${dbDate(date)}::date AND NOT "cancelled"
    GROUP BY "period" ORDER BY "period"`);
  return {
    starts: rows.map((r) => ({ period: r.period, startMinutes: r.startMinutes })),
    first: rows.length ? Math.min(...rows.map((r) => r.startMinutes)) : null,
    last: rows.length ? Math.max(...rows.map((r) => r.endMinutes)) : null,
  };
}
