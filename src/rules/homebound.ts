import { DAY_FLAG } from "./day-table";
import { draft, isCompulsory, minutesBetween, type TEvaluationState } from "./evaluation-state";
import { FOUR_WEEKS } from "./prepare-calendar";

/** No child should be home longer than 3 months: 13 weeks. */
const THREE_MONTHS = 91;

function closeHomebound(state: TEvaluationState): void {
  for (const signal of state.homebound) signal.end = state.absentRunLast;
  state.homebound.length = 0;
}

/** Closes open HOMEBOUND signals when compulsory education has ended before `asOf`. */
export function finishHomebound(state: TEvaluationState): void {
  if (state.endOffset >= state.compulsoryUntil) closeHomebound(state);
}

/**
 * HOMEBOUND (thuiszitter): a run of absent days for any reason, excused or
 * not. Level 1 at cd >= 28 (report to the samenwerkingsverband), level 2 at
 * cd >= 91; both stay open (`end` null) until the run ends.
 *
 * @example
 * // Sick every day from 3 February 2025: level 1 on 3 March, though no
 * // unexcused hour was ever registered.
 */
export function stepHomebound(state: TEvaluationState, i: number): void {
  const compulsory = isCompulsory(state, i);
  if (state.homebound.length > 0 && !compulsory) closeHomebound(state);
  const flags = state.table.flags[i]!;
  if ((flags & DAY_FLAG.REGISTERED) === 0) return;
  if ((flags & DAY_FLAG.PRESENT) !== 0) {
    closeHomebound(state);
    state.absentRunStart = -1;
    return;
  }
  if (state.absentRunStart < 0) {
    state.absentRunStart = i;
    state.homeboundLevel = 0;
  }
  state.absentRunLast = i;
  if (!compulsory || state.homeboundLevel === 2) return;
  const compressed = state.prepared.compressed;
  const length = compressed[i]! - compressed[state.absentRunStart]!;
  const level = length >= THREE_MONTHS ? 2 : length >= FOUR_WEEKS ? 1 : 0;
  for (let next = state.homeboundLevel + 1; next <= level; next++) {
    const signal = draft({
      kind: "HOMEBOUND",
      start: state.absentRunStart,
      end: -1,
      reachedOn: i,
      level: next,
      provisional: minutesBetween(state, state.table.cumulativeUnknown, state.absentRunStart, i) > 0,
    });
    state.signals.push(signal);
    state.homebound.push(signal);
  }
  state.homeboundLevel = Math.max(state.homeboundLevel, level);
}
