import { DAY_FLAG } from "./day-table";
import { draft, type TEvaluationState } from "./evaluation-state";

function countFrequentRuns(state: TEvaluationState, i: number): void {
  const { frequentSickWindowDays, frequentSickRuns } = state.settings;
  const starts = state.sickRunStarts;
  starts.push(i);
  // W_f(D) holds the calendar days x with D - window < x <= D.
  while (starts[state.sickCountFrom]! <= i - frequentSickWindowDays) state.sickCountFrom++;
  const count = starts.length - state.sickCountFrom;
  if (count < frequentSickRuns) return;
  state.signals.push(draft({ kind: "SICKNESS_FREQUENT", start: starts[state.sickCountFrom]!, reachedOn: i, count }));
  // Afterwards only runs starting after this one count.
  state.sickCountFrom = starts.length;
}

/**
 * SICKNESS_LONG and SICKNESS_FREQUENT (zorgelijk ziekteverzuim), both built on
 * runs of sick days: registered days with at least one SICK lesson.
 * SICKNESS_LONG fires on sick day `longSickDays + 1` of a run; SICKNESS_FREQUENT
 * on the start day of the run that makes `frequentSickRuns` runs in the last
 * `frequentSickWindowDays` calendar days.
 *
 * @example
 * // default profile: sick Monday to Monday (6 school days) fires nothing; the
 * // 7th sick day (Tuesday) fires SICKNESS_LONG ("more than 6 school days").
 * @example
 * // twente profile: the 3rd sick run within 91 days fires SICKNESS_FREQUENT with count 3.
 */
export function stepSickness(state: TEvaluationState, i: number): void {
  const flags = state.table.flags[i]!;
  if ((flags & DAY_FLAG.REGISTERED) === 0) return;
  if ((flags & DAY_FLAG.SICK) === 0) {
    state.sickRunStart = -1;
    return;
  }
  if (state.sickRunStart < 0) {
    state.sickRunStart = i;
    state.sickRunDays = 0;
    countFrequentRuns(state, i);
  }
  state.sickRunDays++;
  if (state.sickRunDays === state.settings.longSickDays + 1) {
    state.signals.push(draft({ kind: "SICKNESS_LONG", start: state.sickRunStart, reachedOn: i }));
  }
}
