import "server-only";
import { Prisma } from "@/db/generated/prisma/client";
import { prisma } from "@/db/client";
import { dbDate } from "@/calendar/school-time";

export type AttendanceSummary = {
  registeredLessons: number;
  presentLessons: number;
  unexcusedMinutes: number;
  excusedMinutes: number;
  sickLessons: number;
  lateCount: number;
};

const EMPTY: AttendanceSummary = { registeredLessons: 0, presentLessons: 0, unexcusedMinutes: 0, excusedMinutes: 0, sickLessons: 0, lateCount: 0 };

/** Per pupil: registered lessons and absence in clock minutes between two dates (inclusive). */
export async function summarizeAttendance({ schoolId, pupilIds, from, to }: { schoolId: string; pupilIds: string[]; from: string; to: string }): Promise<Map<string, AttendanceSummary>> {
  if (pupilIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<
    { pupilId: string; registered: bigint; present: bigint; unexcused: bigint | null; excused: bigint | null; sick: bigint; late: bigint }[]
  >(Prisma.sql`
    SELECT r."pupilId",
      count(*) FILTER (WHERE r."status" NOT IN ('UNREGISTERED', 'CANCELLED')) AS "registered",
      count(*) FILTER (WHERE r."status" IN ('PRESENT', 'LATE_EXCUSED', 'LATE_UNEXCUSED')) AS "present",
      sum(l."endMinutes" - l."startMinutes") FILTER (WHERE r."status" IN ('ABSENT_UNEXCUSED', 'ABSENT_UNKNOWN')) AS "unexcused",
      sum(l."endMinutes" - l."startMinutes") FILTER (WHERE r."status" IN ('SICK', 'MEDICAL', 'LEAVE', 'SCHOOL_INITIATED', 'OTHER_EXCUSED')) AS "excused",
      count(*) FILTER (WHERE r."status" = 'SICK') AS "sick",
      count(*) FILTER (WHERE r."status" = 'LATE_UNEXCUSED') AS "late"
    FROM "Registration" r
    JOIN "Lesson" l ON l."schoolId" = r."schoolId" AND l."id" = r."lessonId"
    WHERE r."schoolId" = ${schoolId}::uuid AND r."pupilId" = ANY(${pupilIds}::uuid[])
      AND r."date" BETWEEN ${dbDate(from)} AND ${dbDate(to)} AND NOT l."cancelled"
    GROUP BY r."pupilId"`);
  const result = new Map<string, AttendanceSummary>(pupilIds.map((id) => [id, { ...EMPTY }]));
  for (const row of rows) {
    result.set(row.pupilId, {
      registeredLessons: Number(row.registered),
      presentLessons: Number(row.present),
      unexcusedMinutes: Number(row.unexcused ?? 0),
      excusedMinutes: Number(row.excused ?? 0),
      sickLessons: Number(row.sick),
      lateCount: Number(row.late),
    });
  }
  return result;
}
