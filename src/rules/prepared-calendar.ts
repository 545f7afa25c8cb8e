import type { TDayNumber } from "./day-number";

/** The school days right next to one holiday, nearest first. */
export interface THolidaySide {
  holiday: string;
  side: "before" | "after";
  /** Up to `MAX_HOLIDAY_ADJACENT_DAYS` school days, nearest to the holiday first. */
  days: readonly TDayNumber[];
}

export const MAX_HOLIDAY_ADJACENT_DAYS = 10;

/**
 * A school calendar over a range of days, computed once and shared by every
 * pupil of the school. Arrays are indexed by offset: day number minus `from`.
 */
export interface TPreparedCalendar {
  readonly from: TDayNumber;
  readonly to: TDayNumber;
  readonly length: number;
  /** 1 on a school day: Monday to Friday, no holiday, free day or public holiday. */
  readonly schoolDay: Uint8Array;
  /** The offsets of all school days, ascending. */
  readonly schoolDayOffsets: Int32Array;
  /**
   * `compressed[i]` = days in (from, from + i] outside a holiday, so that
   * cd(a, b) = compressed[b] - compressed[a] in O(1).
   */
  readonly compressed: Int32Array;
  /** `windowStart[i]` = the first offset x with cd(x, i) < 28: the start of W(from + i). */
  readonly windowStart: Int32Array;
  /** Public holidays (day numbers) of the years around the range, for due dates. */
  readonly publicHolidays: ReadonlySet<number>;
  readonly holidaySides: readonly THolidaySide[];
}
