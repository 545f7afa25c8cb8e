import {
  countingFrom,
  draft,
  dueOffset,
  firstUnexcusedDay,
  isCompulsory,
  isRmcAge,
  minutesBetween,
  type TEvaluationState,
} from "./evaluation-state";

/** 16 clock hours, the legal threshold. */
export const SIXTEEN_HOURS_IN_MINUTES = 16 * 60;
/** At most one report per week: a repeat waits until E + 7 calendar days. */
const REPEAT_SPACING_DAYS = 7;

/**
 * RELATIVE_16H, 16 uur in 4 weken: mandatory under compulsory education, the
 * optional "16 uur 18+" report at RMC age. Evaluated on every school day D,
 * also on one without lessons, since a repeat that waits for E + 7 can fire then.
 *
 * @example
 * // 6 unexcused hours a day from Monday 3 February 2025: first report on Wednesday
 * // 5 February (18 hours); from Thursday 16 hours are reached on Monday 10 February,
 * // but the repeat waits until 12 February (E + 7) and covers 6-12 February, 30 hours.
 * @example
 * // 959 unexcused minutes in the window (15.98 hours) is not enough; 960 is.
 */
export function stepRelative16h(state: TEvaluationState, i: number): void {
  if (state.longTermRelative !== null || state.rmcOpen) return;
  const compulsory = isCompulsory(state, i);
  if (!compulsory && !isRmcAge(state, i)) return;
  const from = countingFrom(state, i);
  const minutes = minutesBetween(state, state.table.cumulativeUnexcused, from, i);
  if (minutes < SIXTEEN_HOURS_IN_MINUTES) return;

  const previousEnd = state.chainReportEnd;
  // The previous report's end inside W(D) makes this a herhaalmelding.
  const repeat = previousEnd >= 0 && previousEnd >= state.prepared.windowStart[i]!;
  if (repeat && i < previousEnd + REPEAT_SPACING_DAYS) return;
  // A repeat's counting start is previousEnd + 1, so `from` is already the contiguous start.
  const start = repeat ? previousEnd + 1 : firstUnexcusedDay(state, from, i);
  state.signals.push(
    draft({
      kind: "RELATIVE_16H",
      mandatory: compulsory,
      repeat,
      start,
      reachedOn: i,
      minutes,
      dueBy: compulsory ? dueOffset(state, i) : -1,
      provisional: minutesBetween(state, state.table.cumulativeUnknown, from, i) > 0,
    }),
  );
  state.chainReportEnd = i;
  state.latestRelativeEnd = i;
  state.countingStart = i + 1;
}
