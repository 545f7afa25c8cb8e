import { civilFromDayNumber, dayNumberFromCivil, type TDayNumber } from "./day-number";
import { draft, type TEvaluationState } from "./evaluation-state";

/** The offset of the 1 August that ends the school year of offset `i`. */
function schoolYearEnd(state: TEvaluationState, i: number): number {
  const from = state.prepared.from;
  const { year, month } = civilFromDayNumber((from + i) as TDayNumber);
  return dayNumberFromCivil(month >= 8 ? year + 1 : year, 8, 1) - from;
}

/**
 * LATE_ARRIVALS: LATE_UNEXCUSED lessons counted per school year (1 August to
 * 31 July); each of the three levels fires once per school year when the count
 * reaches its threshold. Several lessons late on one day all count, and may
 * pass two thresholds at once.
 *
 * @example
 * // parkstad [6, 10, 12]: the 6th late lesson fires level 1 with count 6.
 */
export function stepLateArrivals(state: TEvaluationState, i: number): void {
  const lessons = state.table.lateLessons[i]!;
  if (lessons === 0) return;
  if (i >= state.lateYearEnd) {
    state.lateYearEnd = schoolYearEnd(state, i);
    state.lateCount = 0;
    state.lateLevel = 0;
    state.lateFirst = i;
  }
  state.lateCount += lessons;
  const thresholds = state.settings.lateThresholds;
  while (state.lateLevel < thresholds.length && state.lateCount >= thresholds[state.lateLevel]!) {
    state.lateLevel++;
    state.signals.push(
      draft({ kind: "LATE_ARRIVALS", start: state.lateFirst, reachedOn: i, level: state.lateLevel, count: state.lateCount }),
    );
  }
}
