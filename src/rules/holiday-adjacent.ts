import { DAY_FLAG } from "./day-table";
import { draft, isCompulsory, type TEvaluationState } from "./evaluation-state";

/** An absent day: registered, and no lesson in group present (RULES.md, Definitions). */
function isAbsentDay(flags: number): boolean {
  return (flags & (DAY_FLAG.REGISTERED | DAY_FLAG.PRESENT)) === DAY_FLAG.REGISTERED;
}

/**
 * LUXURY_SUSPECTED and SICKNESS_NEAR_HOLIDAY: whole days missed on the
 * `holidayAdjacentDays` school days right before or right after a holiday;
 * one signal per holiday side, `reachedOn` its last such day. Only an absent
 * day counts (no lesson present, late or not): a lesson or two missed next to
 * a holiday is no holiday extension. LUXURY_SUSPECTED wants unexcused absence
 * (not already LUXURY) and no SICK lesson on that day; SICKNESS_NEAR_HOLIDAY a
 * SICK lesson. Runs once after the day walk, over the sides the prepared calendar holds.
 *
 * @example
 * // Spring holiday 15-23 February 2025. Friday 14 February:
 * // - one ABSENT_UNEXCUSED lesson, the other five PRESENT: no signal;
 * // - all six ABSENT_UNEXCUSED: LUXURY_SUSPECTED 14-14 February, 6 hours;
 * // - three ABSENT_UNEXCUSED and three SICK: SICKNESS_NEAR_HOLIDAY only.
 */
export function evaluateHolidayAdjacent(state: TEvaluationState): void {
  const { prepared, table, settings } = state;
  const { flags, absentMinutes, luxuryMinutes, unknownMinutes } = table;
  const from = prepared.from;
  for (const side of prepared.holidaySides) {
    let suspectFirst = -1;
    let suspectLast = -1;
    let suspectMinutes = 0;
    let suspectUnknown = false;
    let sickFirst = -1;
    let sickLast = -1;
    const count = Math.min(settings.holidayAdjacentDays, side.days.length);
    for (let n = 0; n < count; n++) {
      const i = side.days[n]! - from;
      if (i < state.firstOffset || i > state.endOffset) continue;
      const dayFlags = flags[i]!;
      if (!isAbsentDay(dayFlags)) continue;
      if ((dayFlags & DAY_FLAG.SICK) !== 0) {
        sickFirst = sickFirst < 0 ? i : Math.min(sickFirst, i);
        sickLast = Math.max(sickLast, i);
      } else if ((dayFlags & DAY_FLAG.SUSPECT) !== 0) {
        suspectFirst = suspectFirst < 0 ? i : Math.min(suspectFirst, i);
        suspectLast = Math.max(suspectLast, i);
        suspectMinutes += absentMinutes[i]! - luxuryMinutes[i]!;
        // Provisional only when an unknown lesson counts in it, not one on a day between that does not.
        if (unknownMinutes[i]! > 0) suspectUnknown = true;
      }
    }
    if (suspectLast >= 0 && isCompulsory(state, suspectLast)) {
      state.signals.push(
        draft({
          kind: "LUXURY_SUSPECTED",
          start: suspectFirst,
          reachedOn: suspectLast,
          minutes: suspectMinutes,
          provisional: suspectUnknown,
        }),
      );
    }
    if (sickLast >= 0) {
      state.signals.push(draft({ kind: "SICKNESS_NEAR_HOLIDAY", start: sickFirst, reachedOn: sickLast }));
    }
  }
}
