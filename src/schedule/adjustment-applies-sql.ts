/**
 * THE rule of when an individual schedule change applies to a dated lesson, as a SQL condition
 * (decision 154). Every query that decides whose schedule holds a lesson uses this one text: the
 * register's pupils (src/registration/server/lesson-pupils-sql.ts), the rules input
 * (src/signals/server/load-rules-input.ts) and the case file's days
 * (src/case-file/server/get-attendance-days.ts). `adjustmentApplies` in ./individual-schedule.ts is the
 * same rule in TypeScript; tests/integration/pupil-schedule-changes.test.ts shows that they agree.
 *
 * A change that names one lesson applies to that lesson only (its dates are not checked). Any other
 * change applies within its validity dates to each lesson that matches ALL of its filters (timetable
 * entry, subject, ISO weekdays, periods; an empty list or null means "any"). An ADDITION without a
 * lesson or timetable entry would add every lesson of the school: the table refuses it (CHECK), and
 * this condition never applies one either.
 *
 * `a` and `l` are SQL aliases (trusted identifiers, never input): `a` a ScheduleAdjustment row, `l` a row
 * with the Lesson columns "id", "date", "timetableEntryId", "subjectId" and "period".
 *
 * @example
 * // An internship on Fridays: { kind: EXEMPTION, weekdays: [5], validFrom: 2026-11-02 } applies to every
 * // Friday lesson from 2 November on, of any group, and to nothing else.
 */
export function adjustmentAppliesSql(a: string, l: string): string {
  return `coalesce(CASE WHEN ${a}."lessonId" IS NOT NULL THEN ${a}."lessonId" = ${l}."id" ELSE
    ${a}."validFrom" <= ${l}."date" AND (${a}."validUntil" IS NULL OR ${a}."validUntil" >= ${l}."date")
    AND (${a}."timetableEntryId" IS NULL OR ${a}."timetableEntryId" = ${l}."timetableEntryId")
    AND (${a}."subjectId" IS NULL OR ${a}."subjectId" = ${l}."subjectId")
    AND (cardinality(${a}."weekdays") = 0 OR extract(isodow FROM ${l}."date")::int = ANY(${a}."weekdays"))
    AND (cardinality(${a}."periods") = 0 OR ${l}."period" = ANY(${a}."periods"))
    AND (${a}."kind" = 'EXEMPTION' OR ${a}."timetableEntryId" IS NOT NULL) END, false)`;
}

/**
 * The same as a condition on the validity dates only: the change is in force on `day` (a SQL date
 * expression), whatever lessons it touches. A change that names one lesson is in force on that lesson's
 * date only, which is not known here: it counts as in force on `validFrom` only.
 * The register's one-word tag uses this (a pupil with an internship on Fridays is tagged on Mondays too).
 */
export function adjustmentInForceSql(a: string, day: string): string {
  return `(${a}."validFrom" <= ${day} AND (CASE WHEN ${a}."lessonId" IS NULL THEN ${a}."validUntil" IS NULL OR ${a}."validUntil" >= ${day} ELSE ${a}."validFrom" = ${day} END))`;
}
