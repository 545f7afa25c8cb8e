import { DAY_FLAG } from "./day-table";
import { draft, type TEvaluationState } from "./evaluation-state";

/** A suspension (schorsing) lasts at most one week: 5 school days. */
const MAX_SUSPENSION_DAYS = 5;

/**
 * SUSPENSION_TOO_LONG: a run of registered days with a SCHOOL_INITIATED lesson
 * with reason SUSPENSION fires on its 6th day, once per run.
 *
 * @example
 * // Suspended Monday to Friday: nothing. Still suspended the next Monday: fires that Monday.
 */
export function stepSuspensionTooLong(state: TEvaluationState, i: number): void {
  const flags = state.table.flags[i]!;
  if ((flags & DAY_FLAG.REGISTERED) === 0) return;
  if ((flags & DAY_FLAG.SUSPENSION) === 0) {
    state.suspensionRunStart = -1;
    return;
  }
  if (state.suspensionRunStart < 0) {
    state.suspensionRunStart = i;
    state.suspensionRunDays = 0;
  }
  state.suspensionRunDays++;
  if (state.suspensionRunDays === MAX_SUSPENSION_DAYS + 1) {
    state.signals.push(draft({ kind: "SUSPENSION_TOO_LONG", start: state.suspensionRunStart, reachedOn: i }));
  }
}
