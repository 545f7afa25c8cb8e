import "server-only";
import { isoDate } from "@/calendar/school-time";
import { Prisma } from "@/db/generated/prisma/client";
import { inSchool } from "@/db/tenant-scope";
import { LESSON_STATUSES, REASON, type TRulesPupil } from "@/rules";
import { adjustmentAppliesSql } from "@/schedule/adjustment-applies-sql";

import { decodePupilLessons, emptyPupilLessons, type TPupilLessons } from "../pupil-lessons";

export interface TPupilRulesInput {
  pupil: TRulesPupil;
  lessons: TPupilLessons;
}

const APPLIES = Prisma.raw(adjustmentAppliesSql("a", "l"));

/**
 * Every pupil's registered lessons from `from` to `asOf` on their INDIVIDUAL
 * schedule: lessons of the groups they belonged to on the lesson's date,
 * minus their exemptions, plus their additions (DOMAIN.md), with the
 * lesson's own times and the registration's status, reason and late minutes.
 *
 * The query starts from the registrations, not from the schedule: a lesson
 * without a registration is UNREGISTERED and a cancelled lesson CANCELLED,
 * and RULES.md has every rule ignore both, so only lessons with a status that
 * a rule reads are loaded (docs/decisions/041-signals-pipeline.md).
 * Which schedule changes touch a lesson is `adjustmentAppliesSql`, the one
 * rule (decision 154): the batch's changes (a handful of rows) are checked
 * against each registration's lesson; an exemption beats an addition, and a
 * registration of a lesson the pupil is exempted from stays in the history
 * but does not count. The date range is on `Registration.date` (the lesson's
 * date, indexed per pupil) only.
 */
function lessonListSql(schoolId: string, pupilIds: readonly string[], from: string, asOf: string): Prisma.Sql {
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
    FROM "Registration" r
    JOIN "Lesson" l ON l."schoolId" = ${schoolId}::uuid AND l."id" = r."lessonId"
    LEFT JOIN "GroupMember" gm ON gm."schoolId" = ${schoolId}::uuid AND gm."groupId" = l."groupId" AND gm."pupilId" = r."pupilId"
      AND (gm."validFrom" IS NULL OR gm."validFrom" <= l."date") AND (gm."validUntil" IS NULL OR gm."validUntil" >= l."date")
    WHERE r."schoolId" = ${schoolId}::uuid AND r."pupilId" = ANY(${pupilIds}::uuid[])
      AND r."date" BETWEEN ${from}::date AND ${asOf}::date
      AND r."status" NOT IN ('UNREGISTERED', 'CANCELLED')
      AND NOT l."cancelled" AND l."endMinutes" > l."startMinutes"
      AND (gm."pupilId" IS NOT NULL
        OR EXISTS (SELECT 1 FROM adj a WHERE a."pupilId" = r."pupilId" AND a."kind" = 'ADDITION' AND ${APPLIES}))
      AND NOT EXISTS (SELECT 1 FROM adj a WHERE a."pupilId" = r."pupilId" AND a."kind" = 'EXEMPTION' AND ${APPLIES})
    GROUP BY r."pupilId"`;
}

/**
 * Loads what `evaluatePupilLessons` needs for a batch of pupils of one school
 * in two queries (pupils, lessons). Pupils of another school, or unknown
 * ones, are left out. `db` is the transaction the caller evaluates in.
 */
export async function loadRulesInput({ db, schoolId, pupilIds, from, asOf }: {
  db: Prisma.TransactionClient; schoolId: string; pupilIds: readonly string[]; from: string; asOf: string;
}): Promise<TPupilRulesInput[]> {
  if (pupilIds.length === 0) return [];
  const [pupils, lessonLists] = await Promise.all([
    db.pupil.findMany({
      where: { id: { in: [...pupilIds] }, ...inSchool({ schoolId }) },
      select: { id: true, birthDate: true, startkwalificatie: true },
      orderBy: { id: "asc" },
    }),
    db.$queryRaw<{ pupilId: string; lessons: string }[]>(lessonListSql(schoolId, pupilIds, from, asOf)),
  ]);
  const lessonsOf = new Map(lessonLists.map((row) => [row.pupilId, row.lessons]));
  return pupils.map((pupil) => {
    const text = lessonsOf.get(pupil.id);
    return {
      pupil: { id: pupil.id, birthDate: isoDate(pupil.birthDate), startkwalificatie: pupil.startkwalificatie },
      lessons: text === undefined ? emptyPupilLessons() : decodePupilLessons(text),
    };
  });
}
