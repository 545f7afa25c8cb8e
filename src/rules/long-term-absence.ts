import { DAY_FLAG } from "./day-table";
import {
  draft,
  dueOffset,
  isCompulsory,
  isRmcAge,
  minutesBetween,
  type TEvaluationState,
} from "./evaluation-state";
import { FOUR_WEEKS } from "./prepare-calendar";

function isFullAbsenceDay(state: TEvaluationState, i: number): boolean {
  const { registeredMinutes, absentMinutes, lateMinutes } = state.table;
  const unexcused = absentMinutes[i]! + (state.settings.lateCountsAsAbsence ? lateMinutes[i]! : 0);
  return unexcused > 0 && unexcused * 10_000 >= state.fullAbsenceShareParts * registeredMinutes[i]!;
}

/** After an LRV or RMC run, 16-hour counting starts afresh the next day, and its next report is a first report. */
function restartCounting(state: TEvaluationState, lastDay: number): void {
  state.countingStart = lastDay + 1;
  state.chainReportEnd = -1;
}

function closeLongTermRelative(state: TEvaluationState): void {
  if (state.longTermRelative === null) return;
  state.longTermRelative.end = state.fullRunLast;
  state.longTermRelative = null;
  restartCounting(state, state.fullRunLast);
}

/** Closes what is still open when the pupil's compulsory education has ended before `asOf` (on the 18th birthday, say). */
export function finishLongTermAbsence(state: TEvaluationState): void {
  if (state.longTermRelative !== null && state.endOffset >= state.compulsoryUntil) closeLongTermRelative(state);
}

/**
 * LONG_TERM_RELATIVE (18-) and RMC_18PLUS with its follow-ups (18+): one run of
 * full-absence days feeds both. Evaluated before RELATIVE_16H on each day, so
 * that on a day both would fire only the LRV does.
 *
 * @example
 * // Absent from Monday 3 February 2025: cd(3 Feb, 3 Mar) = 28, so the LRV fires
 * // on 3 March, starting the day after the last 16-hour report (26 Feb): 27 February.
 * @example
 * // A pupil who turns 18 while the LRV is open: the LRV ends on the last full-absence
 * // day before the birthday, and on the first full-absence day after it RMC_18PLUS
 * // fires with start = S, since the run is already more than 4 weeks long.
 */
export function stepLongTermAbsence(state: TEvaluationState, i: number): void {
  const compulsory = isCompulsory(state, i);
  const rmcAge = isRmcAge(state, i);
  if (state.longTermRelative !== null && !compulsory) closeLongTermRelative(state);
  if (state.rmcOpen && !rmcAge) state.rmcOpen = false;

  const flags = state.table.flags[i]!;
  if ((flags & DAY_FLAG.REGISTERED) === 0) return;
  if (!isFullAbsenceDay(state, i)) {
    if (state.fullRunStart < 0) return;
    closeLongTermRelative(state);
    if (state.rmcOpen) {
      state.rmcOpen = false;
      restartCounting(state, state.fullRunLast);
    }
    state.fullRunStart = -1;
    return;
  }

  if (state.fullRunStart < 0) {
    state.fullRunStart = i;
    state.longTermRelativeFired = false;
    state.rmcLastReached = -1;
  }
  state.fullRunLast = i;
  const compressed = state.prepared.compressed;
  const runStart = state.fullRunStart;
  if (compressed[i]! - compressed[runStart]! < FOUR_WEEKS) return;

  if (compulsory) {
    if (state.longTermRelativeFired) return;
    // The chain stays contiguous: start after the latest 16-hour report inside the run.
    const start = state.latestRelativeEnd >= runStart ? state.latestRelativeEnd + 1 : runStart;
    const signal = draft({
      kind: "LONG_TERM_RELATIVE",
      mandatory: true,
      start,
      end: -1,
      reachedOn: i,
      dueBy: dueOffset(state, i),
      provisional: minutesBetween(state, state.table.cumulativeUnknown, start, i) > 0,
    });
    state.signals.push(signal);
    state.longTermRelative = signal;
    state.longTermRelativeFired = true;
    return;
  }
  if (!rmcAge) return;
  const previous = state.rmcLastReached;
  if (previous >= 0 && compressed[i]! - compressed[previous]! < FOUR_WEEKS) return;
  const start = previous < 0 ? runStart : previous + 1;
  state.signals.push(
    draft({
      kind: previous < 0 ? "RMC_18PLUS" : "RMC_18PLUS_FOLLOWUP",
      mandatory: true,
      start,
      reachedOn: i,
      dueBy: dueOffset(state, i),
      provisional: minutesBetween(state, state.table.cumulativeUnknown, start, i) > 0,
    }),
  );
  state.rmcLastReached = i;
  state.rmcOpen = true;
}
