import type { TDayNumber } from "./day-number";
import type { TDayTable } from "./day-table";
import { dueDate } from "./due-date";
import type { TEducationPeriods } from "./education-periods";
import type { TPreparedCalendar } from "./prepared-calendar";
import type { TRulesSettings } from "./profiles";
import type { TSignalDraft } from "./signal-draft";

/**
 * Everything the rules know and remember while walking one pupil's school days
 * in order. Days are offsets into the prepared calendar; `-1` means "none".
 * Each rule file reads and updates its own part; the shared parts are the
 * 16-hour counting start (RELATIVE_16H, UNEXCUSED_LETTER, closed by LRV and
 * RMC runs) and whether an LRV or RMC run is open (which silences the others).
 */
export interface TEvaluationState {
  readonly prepared: TPreparedCalendar;
  readonly table: TDayTable;
  readonly settings: TRulesSettings;
  readonly signals: TSignalDraft[];
  /** The first registered day and the last day evaluated (asOf, clamped to the calendar). */
  readonly firstOffset: number;
  readonly endOffset: number;
  /** The pupil's education periods as half-open offset ranges. */
  readonly compulsoryFrom: number;
  readonly compulsoryUntil: number;
  readonly rmcFrom: number;
  readonly rmcUntil: number;
  /** fullAbsenceShare in parts per 10,000, so that the full-absence test is integer arithmetic. */
  readonly fullAbsenceShareParts: number;

  /** 16-hour counting: hours count from this day on. */
  countingStart: number;
  /** `end` of the previous report of the current chain: a repeat follows it when it is inside W(D). */
  chainReportEnd: number;
  /** `end` of the latest RELATIVE_16H report ever: an LRV starts after it. */
  latestRelativeEnd: number;
  lastLetter: number;

  fullRunStart: number;
  fullRunLast: number;
  longTermRelative: TSignalDraft | null;
  longTermRelativeFired: boolean;
  rmcLastReached: number;
  /** An RMC_18PLUS run is going on: RMC_18PLUS fired and the run has not ended. */
  rmcOpen: boolean;

  absentRunStart: number;
  absentRunLast: number;
  homeboundLevel: number;
  homebound: TSignalDraft[];

  sickRunStart: number;
  sickRunDays: number;
  sickRunStarts: number[];
  /** Index in `sickRunStarts` of the first run SICKNESS_FREQUENT may still count. */
  sickCountFrom: number;

  suspensionRunStart: number;
  suspensionRunDays: number;

  luxuryRunOpen: boolean;
  luxury: TSignalDraft | null;

  /** Offset of the next 1 August: the late count starts again there. */
  lateYearEnd: number;
  lateCount: number;
  lateLevel: number;
  lateFirst: number;
}

export function createEvaluationState(
  prepared: TPreparedCalendar,
  table: TDayTable,
  settings: TRulesSettings,
  education: TEducationPeriods,
  days: { firstOffset: number; endOffset: number },
): TEvaluationState {
  const from = prepared.from;
  return {
    prepared,
    table,
    settings,
    signals: [],
    firstOffset: days.firstOffset,
    endOffset: days.endOffset,
    compulsoryFrom: education.compulsoryFrom - from,
    compulsoryUntil: education.compulsoryUntil - from,
    rmcFrom: education.rmcFrom - from,
    rmcUntil: education.rmcUntil - from,
    fullAbsenceShareParts: Math.round(settings.fullAbsenceShare * 10_000),
    countingStart: days.firstOffset,
    chainReportEnd: -1,
    latestRelativeEnd: -1,
    lastLetter: -1,
    fullRunStart: -1,
    fullRunLast: -1,
    longTermRelative: null,
    longTermRelativeFired: false,
    rmcLastReached: -1,
    rmcOpen: false,
    absentRunStart: -1,
    absentRunLast: -1,
    homeboundLevel: 0,
    homebound: [],
    sickRunStart: -1,
    sickRunDays: 0,
    sickRunStarts: [],
    sickCountFrom: 0,
    suspensionRunStart: -1,
    suspensionRunDays: 0,
    luxuryRunOpen: false,
    luxury: null,
    lateYearEnd: -1,
    lateCount: 0,
    lateLevel: 0,
    lateFirst: -1,
  };
}

/** Under compulsory education (leerplicht or kwalificatieplicht) on day `i`. */
export function isCompulsory(state: TEvaluationState, i: number): boolean {
  return i >= state.compulsoryFrom && i < state.compulsoryUntil;
}

/** Of RMC age on day `i`: 18 to 23 without startkwalificatie. */
export function isRmcAge(state: TEvaluationState, i: number): boolean {
  return i >= state.rmcFrom && i < state.rmcUntil;
}

/** Minutes in `cumulative` over the days [a, b]; days before the first registered day hold nothing. */
export function minutesBetween(state: TEvaluationState, cumulative: Int32Array, a: number, b: number): number {
  if (b < a) return 0;
  const before = a <= state.firstOffset ? 0 : cumulative[a - 1]!;
  return cumulative[b]! - before;
}

/** The offset of `dueBy` for a mandatory report reached on day `i`. */
export function dueOffset(state: TEvaluationState, i: number): number {
  const from = state.prepared.from;
  return dueDate((from + i) as TDayNumber, state.prepared) - from;
}

/** The 16-hour counting window of day `i`: W(i) from the counting start on. Returns its first day. */
export function countingFrom(state: TEvaluationState, i: number): number {
  const windowStart = state.prepared.windowStart[i]!;
  return Math.max(state.countingStart, windowStart, state.firstOffset);
}

/** The first day in [a, b] with unexcused minutes (b itself when none earlier). */
export function firstUnexcusedDay(state: TEvaluationState, a: number, b: number): number {
  const { absentMinutes, lateMinutes } = state.table;
  const withLate = state.settings.lateCountsAsAbsence;
  for (let i = a; i < b; i++) {
    if (absentMinutes[i]! > 0 || (withLate && lateMinutes[i]! > 0)) return i;
  }
  return b;
}

/** A draft with the fields most kinds leave empty. */
export function draft(fields: Pick<TSignalDraft, "kind" | "start" | "reachedOn"> & Partial<TSignalDraft>): TSignalDraft {
  return {
    mandatory: false,
    repeat: false,
    end: fields.reachedOn,
    minutes: -1,
    dueBy: -1,
    provisional: false,
    level: 0,
    count: -1,
    ...fields,
  };
}
