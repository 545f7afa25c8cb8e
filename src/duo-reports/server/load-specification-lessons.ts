import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import { inSchool } from "@/db/tenant-scope";
import { dbDate, isoDate } from "@/calendar/school-time";
import type { TSpecificationLesson } from "../absence-specification";

/**
 * The pupil's registered lessons in [from, to] for the specification, with
 * each lesson's own times. A cancelled lesson reads as CANCELLED whatever
 * was marked; lessons without a registration row are unregistered and never
 * read.
 */
export async function loadSpecificationLessons(
  db: Prisma.TransactionClient,
  { schoolId, pupilId, from, to }: { schoolId: string; pupilId: string; from: string; to: string },
): Promise<TSpecificationLesson[]> {
  const rows = await db.registration.findMany({
    where: { pupilId, date: { gte: dbDate(from), lte: dbDate(to) }, ...inSchool({ schoolId }) },
    select: { date: true, status: true, lateMinutes: true, lesson: { select: { period: true, startMinutes: true, endMinutes: true, cancelled: true } } },
  });
  return rows.map((row) => ({
    date: isoDate(row.date),
    period: row.lesson.period,
    startMinutes: row.lesson.startMinutes,
    endMinutes: row.lesson.endMinutes,
    status: row.lesson.cancelled ? "CANCELLED" : row.status,
    lateMinutes: row.lateMinutes,
  }));
}
