import { DAY_FLAG } from "./day-table";
import { draft, isCompulsory, minutesBetween, type TEvaluationState } from "./evaluation-state";

/**
 * LUXURY_SUSPECTED and SICKNESS_NEAR_HOLIDAY: unexcused absence (not already
 * LUXURY) or sickness on the `holidayAdjacentDays` school days right before or
 * right after a holiday; one signal per holiday side, `reachedOn` its last such day.
 * Runs once after the day walk, over the sides the prepared calendar holds.
 *
 * @example
 * // Spring holiday 15-23 February 2025: sick on Friday 14 February gives
 * // SICKNESS_NEAR_HOLIDAY 14-14 February; sick on Wednesday 12 February gives nothing.
 */
export function evaluateHolidayAdjacent(state: TEvaluationState): void {
  const { prepared, table, settings } = state;
  const { flags, absentMinutes, luxuryMinutes } = table;
  const from = prepared.from;
  for (const side of prepared.holidaySides) {
    let suspectFirst = -1;
    let suspectLast = -1;
    let suspectMinutes = 0;
    let sickFirst = -1;
    let sickLast = -1;
    const count = Math.min(settings.holidayAdjacentDays, side.days.length);
    for (let n = 0; n < count; n++) {
      const i = side.days[n]! - from;
      if (i < state.firstOffset || i > state.endOffset) continue;
      const dayFlags = flags[i]!;
      if ((dayFlags & DAY_FLAG.SUSPECT) !== 0) {
        suspectFirst = suspectFirst < 0 ? i : Math.min(suspectFirst, i);
        suspectLast = Math.max(suspectLast, i);
        suspectMinutes += absentMinutes[i]! - luxuryMinutes[i]!;
      }
      if ((dayFlags & DAY_FLAG.SICK) !== 0) {
        sickFirst = sickFirst < 0 ? i : Math.min(sickFirst, i);
        sickLast = Math.max(sickLast, i);
      }
    }
    if (suspectLast >= 0 && isCompulsory(state, suspectLast)) {
      state.signals.push(
        draft({
          kind: "LUXURY_SUSPECTED",
          start: suspectFirst,
          reachedOn: suspectLast,
          minutes: suspectMinutes,
          provisional: minutesBetween(state, table.cumulativeUnknown, suspectFirst, suspectLast) > 0,
        }),
      );
    }
    if (sickLast >= 0) {
      state.signals.push(draft({ kind: "SICKNESS_NEAR_HOLIDAY", start: sickFirst, reachedOn: sickLast }));
    }
  }
}
