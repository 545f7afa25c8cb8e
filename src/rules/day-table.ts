/** Bits of `TDayTable.flags`. */
export const DAY_FLAG = {
  /** A school day with at least one lesson that is neither UNREGISTERED nor CANCELLED. */
  REGISTERED: 1,
  /** At least one lesson in group present (PRESENT, LATE_EXCUSED, LATE_UNEXCUSED). */
  PRESENT: 2,
  SICK: 4,
  /** ABSENT_UNEXCUSED with reason HOLIDAY_WITHOUT_LEAVE. */
  LUXURY: 8,
  /** SCHOOL_INITIATED with reason SUSPENSION. */
  SUSPENSION: 16,
  /** ABSENT_UNEXCUSED without HOLIDAY_WITHOUT_LEAVE, or ABSENT_UNKNOWN: what LUXURY_SUSPECTED looks for. */
  SUSPECT: 32,
} as const;

/**
 * One pupil's lessons summed per day, indexed by calendar offset. Built in one
 * pass over the lessons, in any order; every rule then reads days, not lessons.
 * The buffers are reused from pupil to pupil; only `[dirtyFrom, dirtyTo]` is
 * cleared between them.
 */
export interface TDayTable {
  flags: Uint8Array;
  /** Minutes of registered lessons. */
  registeredMinutes: Int32Array;
  /** Minutes of ABSENT_UNEXCUSED and ABSENT_UNKNOWN lessons. */
  absentMinutes: Int32Array;
  /** Late minutes of LATE_UNEXCUSED lessons. */
  lateMinutes: Int32Array;
  /** Minutes of HOLIDAY_WITHOUT_LEAVE lessons. */
  luxuryMinutes: Int32Array;
  /** Minutes of ABSENT_UNKNOWN lessons. */
  unknownMinutes: Int32Array;
  /** Number of LATE_UNEXCUSED lessons. */
  lateLessons: Uint16Array;
  /** Running totals over the pupil's days (from their first registered day): unexcused and unknown minutes. */
  cumulativeUnexcused: Int32Array;
  cumulativeUnknown: Int32Array;
  dirtyFrom: number;
  dirtyTo: number;
}

/**
 * Empty day buffers for a calendar of `length` days.
 *
 * @example createDayTable(365).dirtyTo // -1 (nothing to clear yet)
 */
export function createDayTable(length: number): TDayTable {
  return {
    flags: new Uint8Array(length),
    registeredMinutes: new Int32Array(length),
    absentMinutes: new Int32Array(length),
    lateMinutes: new Int32Array(length),
    luxuryMinutes: new Int32Array(length),
    unknownMinutes: new Int32Array(length),
    lateLessons: new Uint16Array(length),
    cumulativeUnexcused: new Int32Array(length),
    cumulativeUnknown: new Int32Array(length),
    dirtyFrom: 0,
    dirtyTo: -1,
  };
}
