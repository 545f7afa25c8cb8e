import { DAY_FLAG } from "./day-table";
import { draft, dueOffset, isCompulsory, type TEvaluationState } from "./evaluation-state";

/**
 * LUXURY, luxe verzuim: one mandatory report per run of days with an
 * ABSENT_UNEXCUSED lesson with reason HOLIDAY_WITHOUT_LEAVE, however few the
 * hours. Reached (and due) from its first day; `end` and `hours` grow with the run.
 *
 * @example
 * // Holiday without leave on Thursday and Friday before the spring holiday and on
 * // the Monday after it: one report, 3 days, since holidays are not registered days.
 */
export function stepLuxury(state: TEvaluationState, i: number): void {
  const flags = state.table.flags[i]!;
  if ((flags & DAY_FLAG.REGISTERED) === 0) return;
  if ((flags & DAY_FLAG.LUXURY) === 0) {
    state.luxuryRunOpen = false;
    state.luxury = null;
    return;
  }
  const minutes = state.table.luxuryMinutes[i]!;
  if (state.luxuryRunOpen) {
    if (state.luxury !== null) {
      state.luxury.end = i;
      state.luxury.minutes += minutes;
    }
    return;
  }
  state.luxuryRunOpen = true;
  state.luxury = null;
  if (!isCompulsory(state, i)) return;
  state.luxury = draft({ kind: "LUXURY", mandatory: true, start: i, reachedOn: i, minutes, dueBy: dueOffset(state, i) });
  state.signals.push(state.luxury);
}
