import { fillDayTable } from "./fill-day-table";
import type { TLessonColumns } from "./lesson-columns";
import { lessonColumnsFromLessons } from "./lesson-columns-from-lessons";
import type { TPreparedCalendar } from "./prepared-calendar";
import type { TRulesLesson, TRulesPupil } from "./rules-input-schema";
import type { TRulesOutput } from "./rules-output";
import { setUpEvaluation, type TEvaluateOptions } from "./set-up-evaluation";
import { walkSchoolDays } from "./walk-school-days";

export type { TEvaluateOptions } from "./set-up-evaluation";

// Reused from pupil to pupil: evaluation is synchronous.
let lessonBuffer: TLessonColumns | undefined;

function isColumns(lessons: readonly TRulesLesson[] | TLessonColumns): lessons is TLessonColumns {
  return !Array.isArray(lessons);
}

/**
 * Evaluates one pupil against a calendar prepared once for the whole school:
 * the batch API. Cost is one pass over the lessons (any order) plus one pass
 * over the school days from the pupil's first registered day to `asOf`.
 * `lessons` may be validated lesson objects or, fastest, `TLessonColumns`.
 *
 * @example
 * const prepared = prepareCalendar(calendar, { from: "2024-08-01", to: "2025-07-31" });
 * for (const { pupil, lessons } of school) {
 *   const output = evaluatePupilLessons(pupil, lessons, prepared, { asOf: "2025-03-14", profile: "twente" });
 * }
 */
export function evaluatePupilLessons(
  pupil: TRulesPupil,
  lessons: readonly TRulesLesson[] | TLessonColumns,
  prepared: TPreparedCalendar,
  options: TEvaluateOptions,
): TRulesOutput {
  const setup = setUpEvaluation(pupil, prepared, options);
  let columns: TLessonColumns;
  if (isColumns(lessons)) {
    columns = lessons;
  } else {
    lessonBuffer = lessonColumnsFromLessons(lessons, lessonBuffer);
    columns = lessonBuffer;
  }
  const days = fillDayTable(columns, prepared, setup.table, { endOffset: setup.endOffset, lateCountsAsAbsence: setup.settings.lateCountsAsAbsence });
  return walkSchoolDays(pupil, days, prepared, setup, options.asOf);
}
