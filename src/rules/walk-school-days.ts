import { educationPeriods } from "./education-periods";
import { createEvaluationState } from "./evaluation-state";
import type { TFilledDays } from "./fill-day-table";
import { evaluateHolidayAdjacent } from "./holiday-adjacent";
import { finishHomebound, stepHomebound } from "./homebound";
import { stepLateArrivals } from "./late-arrivals";
import { finishLongTermAbsence, stepLongTermAbsence } from "./long-term-absence";
import { stepLuxury } from "./luxury";
import type { TPreparedCalendar } from "./prepared-calendar";
import { stepRelative16h } from "./relative-16h";
import type { TRulesPupil } from "./rules-input-schema";
import type { TRulesOutput } from "./rules-output";
import type { TEvaluationSetup } from "./set-up-evaluation";
import { stepSickness } from "./sickness";
import { compareSignalDrafts, formatSignalDraft } from "./signal-draft";
import { stepSuspensionTooLong } from "./suspension-too-long";
import { stepUnexcusedLetter } from "./unexcused-letter";

/**
 * Walks the school days of a filled day table from the pupil's first
 * registered day to `asOf` through every rule: what `evaluatePupilLessons`
 * and `evaluatePupilDays` share once their table is filled.
 *
 * @example
 * // No registered day (days.first === -1): no signals, and no day is walked.
 */
export function walkSchoolDays(
  pupil: TRulesPupil,
  days: TFilledDays,
  prepared: TPreparedCalendar,
  setup: TEvaluationSetup,
  asOf: string,
): TRulesOutput {
  const output: TRulesOutput = { pupilId: pupil.id, asOf, signals: [] };
  if (days.first < 0) return output;
  const { table, settings, endOffset } = setup;

  const state = createEvaluationState(
    prepared,
    table,
    settings,
    educationPeriods(setup.birthDate, { startkwalificatie: pupil.startkwalificatie }),
    { firstOffset: days.first, endOffset },
  );
  const schoolDays = prepared.schoolDayOffsets;
  let k = lowerBound(schoolDays, days.first);
  for (; k < schoolDays.length; k++) {
    const i = schoolDays[k]!;
    if (i > endOffset) break;
    stepLongTermAbsence(state, i);
    stepHomebound(state, i);
    stepUnexcusedLetter(state, i);
    stepRelative16h(state, i);
    stepLuxury(state, i);
    stepSickness(state, i);
    stepSuspensionTooLong(state, i);
    stepLateArrivals(state, i);
  }
  finishLongTermAbsence(state);
  finishHomebound(state);
  evaluateHolidayAdjacent(state);

  const drafts = state.signals.sort(compareSignalDrafts);
  output.signals = drafts.map((draft) => formatSignalDraft(draft, prepared.from));
  return output;
}

function lowerBound(values: Int32Array, target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle]! < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
