import type { TDayNumber } from "./day-number";
import { formatIsoDate } from "./format-iso-date";
import { clockHoursFromMinutes, type TMinutes } from "./minutes";
import type { TSignal, TSignalKind } from "./rules-output";

/**
 * A signal while it is being evaluated: days as offsets into the prepared
 * calendar and time in minutes, so that an open LRV or a growing LUXURY run can
 * be updated in place; `-1` (and `level` 0) stand for `null`.
 */
export interface TSignalDraft {
  kind: TSignalKind;
  mandatory: boolean;
  repeat: boolean;
  start: number;
  end: number;
  minutes: number;
  reachedOn: number;
  dueBy: number;
  provisional: boolean;
  level: number;
  count: number;
}

/** Sort order of the output: `reachedOn`, then `kind`, then `level` and `start` so that equal keys still come out in one order. */
export function compareSignalDrafts(a: TSignalDraft, b: TSignalDraft): number {
  if (a.reachedOn !== b.reachedOn) return a.reachedOn - b.reachedOn;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  if (a.level !== b.level) return a.level - b.level;
  return a.start - b.start;
}

/** The output form of a draft; `from` is the day number of offset 0. */
export function formatSignalDraft(draft: TSignalDraft, from: TDayNumber): TSignal {
  const day = (offset: number): string => formatIsoDate((from + offset) as TDayNumber);
  return {
    kind: draft.kind,
    mandatory: draft.mandatory,
    repeat: draft.repeat,
    start: day(draft.start),
    end: draft.end < 0 ? null : day(draft.end),
    hours: draft.minutes < 0 ? null : clockHoursFromMinutes(draft.minutes as TMinutes),
    reachedOn: day(draft.reachedOn),
    dueBy: draft.dueBy < 0 ? null : day(draft.dueBy),
    provisional: draft.provisional,
    level: draft.level === 0 ? null : draft.level,
    count: draft.count < 0 ? null : draft.count,
  };
}
