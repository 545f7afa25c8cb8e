import { adjustmentAppliesSql } from "@/schedule/adjustment-applies-sql";

/**
 * SQL for the pupils whose individual schedule contains each of the lessons:
 * the group's members on the lesson's date, minus exemptions, plus additions
 * (DOMAIN.md); an exemption beats an addition (an internship on Fridays also
 * takes out a Friday lesson the pupil was added to). Which changes touch a
 * lesson is `adjustmentAppliesSql`, the one rule (decision 154). Yields rows
 * ("lessonId", "pupilId"). Changes made up front (a reduced schedule)
 * therefore never show up as absence.
 *
 * Text with two parameters, for a named statement or `$queryRawUnsafe`:
 * `school` is the school's id (uuid) and `lessons` an array of lesson ids
 * (uuid[]), both as placeholders such as "$1" and "$2".
 */
export function lessonPupilsSql(school: string, lessons: string): string {
  return `
    WITH l AS (
      SELECT "id", "date", "groupId", "timetableEntryId", "subjectId", "period" FROM "Lesson"
      WHERE "schoolId" = ${school}::uuid AND "id" = ANY(${lessons}::uuid[])
    ),
    adj AS (
      SELECT l."id" AS "lessonId", a."pupilId", a."kind" FROM l
      JOIN "ScheduleAdjustment" a ON a."schoolId" = ${school}::uuid AND ${adjustmentAppliesSql("a", "l")}
    )
    SELECT l."id" AS "lessonId", gm."pupilId" FROM l
    JOIN "GroupMember" gm ON gm."schoolId" = ${school}::uuid AND gm."groupId" = l."groupId"
      AND (gm."validFrom" IS NULL OR gm."validFrom" <= l."date")
      AND (gm."validUntil" IS NULL OR gm."validUntil" >= l."date")
    WHERE NOT EXISTS (SELECT 1 FROM adj WHERE adj."lessonId" = l."id" AND adj."pupilId" = gm."pupilId" AND adj."kind" = 'EXEMPTION')
    UNION
    SELECT "lessonId", "pupilId" FROM adj WHERE "kind" = 'ADDITION'
      AND NOT EXISTS (SELECT 1 FROM adj e WHERE e."lessonId" = adj."lessonId" AND e."pupilId" = adj."pupilId" AND e."kind" = 'EXEMPTION')`;
}
