import type { TDaySums } from "./day-sums";
import { fillDayTableFromSums } from "./fill-day-table-from-sums";
import type { TPreparedCalendar } from "./prepared-calendar";
import type { TRulesPupil } from "./rules-input-schema";
import type { TRulesOutput } from "./rules-output";
import { setUpEvaluation, type TEvaluateOptions } from "./set-up-evaluation";
import { walkSchoolDays } from "./walk-school-days";

/**
 * `evaluatePupilLessons` for lessons already summed per day
 * (`sumLessonsPerDay`): the same output, since every rule reads days, not
 * lessons. The signals worker evaluates from its stored per-day rollup.
 *
 * @example
 * evaluatePupilDays(pupil, sumLessonsPerDay(columns), prepared, { asOf })
 * // deep-equals evaluatePupilLessons(pupil, columns, prepared, { asOf })
 */
export function evaluatePupilDays(pupil: TRulesPupil, sums: TDaySums, prepared: TPreparedCalendar, options: TEvaluateOptions): TRulesOutput {
  const setup = setUpEvaluation(pupil, prepared, options);
  const days = fillDayTableFromSums(sums, prepared, setup.table, { endOffset: setup.endOffset, lateCountsAsAbsence: setup.settings.lateCountsAsAbsence });
  return walkSchoolDays(pupil, days, prepared, setup, options.asOf);
}
