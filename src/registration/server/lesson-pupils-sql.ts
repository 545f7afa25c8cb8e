import { Prisma } from "@/db/generated/prisma/client";

/**
 * SQL for the pupils whose individual schedule contains each of the lessons:
 * the group's members on the lesson's date, minus exemptions, plus additions
 * (DOMAIN.md). Yields rows ("lessonId", "pupilId"). Changes made up front (a
 * reduced schedule) therefore never show up as absence.
 */
export function lessonPupilsSql(schoolId: string, lessonIds: string[]): Prisma.Sql {
  return Prisma.sql`
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
    )
    SELECT l."id" AS "lessonId", gm."pupilId" FROM l
    JOIN "GroupMember" gm ON gm."schoolId" = ${schoolId}::uuid AND gm."groupId" = l."groupId"
      AND (gm."validFrom" IS NULL OR gm."validFrom" <= l."date")
      AND (gm."validUntil" IS NULL OR gm."validUntil" >= l."date")
    WHERE NOT EXISTS (SELECT 1 FROM adj WHERE adj."lessonId" = l."id" AND adj."pupilId" = gm."pupilId" AND adj."kind" = 'EXEMPTION')
    UNION
    SELECT "lessonId", "pupilId" FROM adj WHERE "kind" = 'ADDITION'`;
}
