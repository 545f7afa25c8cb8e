import "server-only";
import { Prisma } from "@/db/generated/prisma/client";
import { prisma } from "@/db/client";
import { dbDate } from "@/calendar/school-time";
import { inSchool } from "@/db/tenant-scope";

export type AttendanceRow = { key: string; lessons: number; presentShare: number; excusedShare: number; unexcusedShare: number };
export type AttendanceOverview = {
  total: AttendanceRow;
  byYearLevel: AttendanceRow[];
  byWeekday: AttendanceRow[];
  byStatus: { status: string; minutes: number }[];
  unregisteredLessons: number;
};

type Raw = { key: string | null; lessons: bigint; present: bigint; excused: bigint; unexcused: bigint };

const PRESENT = Prisma.sql`r."status" IN ('PRESENT', 'LATE_EXCUSED', 'LATE_UNEXCUSED')`;
const EXCUSED = Prisma.sql`r."status" IN ('SICK', 'MEDICAL', 'LEAVE', 'SCHOOL_INITIATED', 'OTHER_EXCUSED')`;
const UNEXCUSED = Prisma.sql`r."status" IN ('ABSENT_UNEXCUSED', 'ABSENT_UNKNOWN')`;

/** The school's attendance between two dates, as shares of registered lessons. */
export async function getAttendanceOverview({ schoolId, from, to }: { schoolId: string; from: string; to: string }): Promise<AttendanceOverview> {
  const db = prisma;
  const base = Prisma.sql`
    FROM "Registration" r
    JOIN "Lesson" l ON l."schoolId" = r."schoolId" AND l."id" = r."lessonId"
    JOIN "Pupil" p ON p."schoolId" = r."schoolId" AND p."id" = r."pupilId"
    WHERE r."schoolId" = ${schoolId}::uuid AND r."date" BETWEEN ${dbDate(from)} AND ${dbDate(to)}
      AND NOT l."cancelled" AND r."status" NOT IN ('UNREGISTERED', 'CANCELLED')`;
  const counts = Prisma.sql`count(*) AS "lessons",
    count(*) FILTER (WHERE ${PRESENT}) AS "present",
    count(*) FILTER (WHERE ${EXCUSED}) AS "excused",
    count(*) FILTER (WHERE ${UNEXCUSED}) AS "unexcused"`;
  const [total, byYear, byWeekday, byStatus, unregistered] = await Promise.all([
    db.$queryRaw<Raw[]>(Prisma.sql`SELECT 'totaal' AS "key", ${counts} ${base}`),
    db.$queryRaw<Raw[]>(Prisma.sql`SELECT p."sector"::text || ' ' || p."yearLevel"::text AS "key", ${counts} ${base} GROUP BY 1 ORDER BY 1`),
    db.$queryRaw<Raw[]>(Prisma.sql`SELECT extract(isodow FROM r."date")::text AS "key", ${counts} ${base} GROUP BY 1 ORDER BY 1`),
    db.$queryRaw<{ status: string; minutes: bigint }[]>(Prisma.sql`SELECT r."status"::text AS "status", sum(l."endMinutes" - l."startMinutes") AS "minutes" ${base} AND NOT (${PRESENT}) GROUP BY 1 ORDER BY 2 DESC`),
    db.lesson.count({ where: { cancelled: false, registeredAt: null, date: { gte: dbDate(from), lte: dbDate(to) }, ...inSchool({ schoolId }) } }),
  ]);
  return {
    total: toRow(total[0] ?? { key: "totaal", lessons: 0n, present: 0n, excused: 0n, unexcused: 0n }),
    byYearLevel: byYear.map(toRow),
    byWeekday: byWeekday.map(toRow),
    byStatus: byStatus.map((s) => ({ status: s.status, minutes: Number(s.minutes) })),
    unregisteredLessons: unregistered,
  };
}

function toRow(raw: Raw): AttendanceRow {
  const lessons = Number(raw.lessons);
  const share = (n: bigint) => (lessons === 0 ? 0 : Number(n) / lessons);
  return { key: raw.key ?? "", lessons, presentShare: share(raw.present), excusedShare: share(raw.excused), unexcusedShare: share(raw.unexcused) };
}
