import "server-only";
import { Prisma } from "@/db/generated/prisma/client";
import { prisma } from "@/db/client";

/**
 * How many pupils each lesson has on its individual schedules: the group's
 * members on that date, minus exemptions, plus additions (DOMAIN.md). Pupils
 * on a reduced schedule are therefore never counted as missing.
 */
export async function countLessonPupils({ schoolId, lessonIds }: { schoolId: string; lessonIds: string[] }): Promise<Map<string, number>> {
  if (lessonIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ lessonId: string; pupils: bigint }[]>(Prisma.sql`
    WITH l AS (
      SELECT "id", "date", "groupId", "timetableEntryId" FROM "Lesson"
      WHERE "schoolId" = ${schoolId}::uuid AND "id" = ANY(${lessonIds}::uuid[])
    ),
    adj AS (
      SELECT l."id" AS "lessonId", a."pupilId", a."kind" FROM l
      JOIN "ScheduleAdjustment" a ON a."schoolId" = ${schoolId}::uuid
        AND (a."lessonId" = l."id"
          OR (a."timetableEntryId" = l."timetableEntryId" AND a."validFrom" <= l."date"
              AND (a."validUntil" IS NULL OR a."validUntil" >= l."date")))
    ),
    pupils AS (
      SELECT l."id" AS "lessonId", gm."pupilId" FROM l
      JOIN "GroupMember" gm ON gm."schoolId" = ${schoolId}::uuid AND gm."groupId" = l."groupId"
        AND (gm."validFrom" IS NULL OR gm."validFrom" <= l."date")
        AND (gm."validUntil" IS NULL OR gm."validUntil" >= l."date")
      WHERE NOT EXISTS (SELECT 1 FROM adj WHERE adj."lessonId" = l."id" AND adj."pupilId" = gm."pupilId" AND adj."kind" = 'EXEMPTION')
      UNION
      SELECT "lessonId", "pupilId" FROM adj WHERE "kind" = 'ADDITION'
    )
    SELECT "lessonId", count(*) AS "pupils" FROM pupils GROUP BY "lessonId"`);
  return new Map(rows.map((row) => [row.lessonId, Number(row.pupils)]));
}
