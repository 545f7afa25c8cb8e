import {
  countingFrom,
  draft,
  firstUnexcusedDay,
  minutesBetween,
  type TEvaluationState,
} from "./evaluation-state";
import { FOUR_WEEKS } from "./prepare-calendar";

/**
 * UNEXCUSED_LETTER: the mentor sends a verzuimbrief when the unexcused hours in
 * W(D), from the 16-hour counting start on, exceed `letterHours`. At most one
 * letter per 4 compressed weeks; since W(D) then no longer holds the previous
 * letter's days, a letter never counts an hour twice. Evaluated before
 * RELATIVE_16H, with the counting start in force at the start of the day.
 *
 * @example
 * // 6 unexcused hours a day from Monday 3 February 2025: 12 > 8 on Tuesday 4 February.
 * // Exactly 8 hours sends no letter: the source says "meer dan 8 uur".
 */
export function stepUnexcusedLetter(state: TEvaluationState, i: number): void {
  if (state.longTermRelative !== null || state.rmcOpen) return;
  const compressed = state.prepared.compressed;
  if (state.lastLetter >= 0 && compressed[i]! - compressed[state.lastLetter]! < FOUR_WEEKS) return;
  const from = countingFrom(state, i);
  const minutes = minutesBetween(state, state.table.cumulativeUnexcused, from, i);
  if (minutes <= state.settings.letterHours * 60) return;
  state.signals.push(
    draft({
      kind: "UNEXCUSED_LETTER",
      start: firstUnexcusedDay(state, from, i),
      reachedOn: i,
      minutes,
      provisional: minutesBetween(state, state.table.cumulativeUnknown, from, i) > 0,
    }),
  );
  state.lastLetter = i;
}
