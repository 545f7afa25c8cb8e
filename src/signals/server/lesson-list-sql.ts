import "server-only";
import { Prisma } from "@/db/generated/prisma/client";
import { LESSON_STATUSES, REASON } from "@/rules";
import { adjustmentAppliesSql } from "@/schedule/adjustment-applies-sql";

const APPLIES = Prisma.raw(adjustmentAppliesSql("a", "l"));

/** Per pupil, the days [from, to] to load (a pupil may have several ranges; `-infinity`/`infinity` allowed). */
export interface TLessonRanges {
  pupilIds: string[];
  froms: string[];
  tos: string[];
}

/**
 * Every pupil's registered lessons in the given day ranges on their
 * INDIVIDUAL schedule: lessons of the groups they belonged to on the lesson's
 * date, minus their exemptions, plus their additions (DOMAIN.md), with the
 * lesson's own times and the registration's status, reason and late minutes,
 * as one text per pupil (`decodePupilLessons`).
 *
 * The query starts from the registrations, not from the schedule: a lesson
 * without a registration is UNREGISTERED and a cancelled lesson CANCELLED,
 * and RULES.md has every rule ignore both, so only lessons with a status that
 * a rule reads are loaded (docs/decisions/041-signals-pipeline.md).
 * Which schedule changes touch a lesson is `adjustmentAppliesSql`, the one
 * rule (decision 154): the batch's changes (a handful of rows) are checked
 * against each registration's lesson; an exemption beats an addition, and a
 * registration of a lesson the pupil is exempted from stays in the history
 * but does not count. The ranges are on `Registration.date` (the lesson's
 * date, indexed per pupil) only.
 *
 * `fewRows` (a few days per pupil, or only the absences: the marked days and
 * the evidence) looks each registration's lesson up by its key. The planner
 * cannot know that a range is one day and estimates ~80 registrations per
 * range; it then hashed every lesson of the school (a sequential scan of
 * `Lesson`, ~30 ms for the bench school) to join ~150 registrations.
 *
 * `withoutPresent` leaves out PRESENT and LATE_EXCUSED lessons: no signal's
 * evidence lists them (the per-day rollup knows the days they were present on),
 * and they are most of a school year (decision 173).
 */
export function lessonListSql(schoolId: string, ranges: TLessonRanges, options: { withoutPresent: boolean; fewRows?: boolean }): Prisma.Sql {
  const pupilIds = [...new Set(ranges.pupilIds)];
  const skipped = options.withoutPresent ? ["UNREGISTERED", "CANCELLED", "PRESENT", "LATE_EXCUSED"] : ["UNREGISTERED", "CANCELLED"];
  return Prisma.sql`
    WITH adj AS MATERIALIZED (
      SELECT a."pupilId", a."kind", a."lessonId", a."timetableEntryId", a."subjectId", a."weekdays", a."periods", a."validFrom", a."validUntil"
      FROM "ScheduleAdjustment" a
      WHERE a."schoolId" = ${schoolId}::uuid AND a."pupilId" = ANY(${pupilIds}::uuid[])
    )
    SELECT r."pupilId", string_agg(concat_ws(',',
        l."date" - DATE '1970-01-01', l."startMinutes", l."endMinutes", l."period",
        array_position(${LESSON_STATUSES as readonly string[]}::text[], r."status"::text),
        CASE r."reason" WHEN 'HOLIDAY_WITHOUT_LEAVE' THEN ${REASON.HOLIDAY_WITHOUT_LEAVE}::int WHEN 'SUSPENSION' THEN ${REASON.SUSPENSION}::int ELSE 0 END,
        LEAST(GREATEST(r."lateMinutes", 0), l."endMinutes" - l."startMinutes")
      ), ';') AS "lessons"
    FROM unnest(${ranges.pupilIds}::uuid[], ${ranges.froms}::date[], ${ranges.tos}::date[]) AS w("pupilId", "from", "to")
    JOIN "Registration" r ON r."schoolId" = ${schoolId}::uuid AND r."pupilId" = w."pupilId" AND r."date" BETWEEN w."from" AND w."to"
    ${lessonJoin(schoolId, options.fewRows ?? false)}
    LEFT JOIN "GroupMember" gm ON gm."schoolId" = ${schoolId}::uuid AND gm."groupId" = l."groupId" AND gm."pupilId" = r."pupilId"
      AND (gm."validFrom" IS NULL OR gm."validFrom" <= l."date") AND (gm."validUntil" IS NULL OR gm."validUntil" >= l."date")
    WHERE r."status"::text <> ALL(${skipped}::text[])
      AND NOT l."cancelled" AND l."endMinutes" > l."startMinutes"
      AND (gm."pupilId" IS NOT NULL
        OR EXISTS (SELECT 1 FROM adj a WHERE a."pupilId" = r."pupilId" AND a."kind" = 'ADDITION' AND ${APPLIES}))
      AND NOT EXISTS (SELECT 1 FROM adj a WHERE a."pupilId" = r."pupilId" AND a."kind" = 'EXEMPTION' AND ${APPLIES})
    GROUP BY r."pupilId"`;
}

function lessonJoin(schoolId: string, fewRows: boolean): Prisma.Sql {
  if (!fewRows) return Prisma.sql`JOIN "Lesson" l ON l."schoolId" = ${schoolId}::uuid AND l."id" = r."lessonId"`;
  // OFFSET 0 keeps the subquery from being flattened into a hash join again.
  return Prisma.sql`JOIN LATERAL (
      SELECT k."id", k."date", k."startMinutes", k."endMinutes", k."period", k."cancelled", k."groupId", k."timetableEntryId", k."subjectId"
      FROM "Lesson" k WHERE k."schoolId" = ${schoolId}::uuid AND k."id" = r."lessonId" OFFSET 0
    ) l ON true`;
}
