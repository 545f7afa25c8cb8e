/**
 * One pupil's registered lessons summed per calendar day, one entry per day
 * with at least one lesson that is neither UNREGISTERED nor CANCELLED, in day
 * order: exactly what the rules read of a day (`TDayTable` before the
 * calendar is applied). It does not depend on the calendar, the settings or
 * `asOf`, so it can be stored per (pupil, day) and refreshed for the days a
 * change touched (docs/decisions/173-per-day-rollup.md).
 */
export interface TDaySums {
  length: number;
  /** Day numbers (`TDayNumber`), ascending. */
  day: Int32Array;
  /** `DAY_FLAG` bits. */
  flags: Uint8Array;
  registeredMinutes: Int32Array;
  absentMinutes: Int32Array;
  lateMinutes: Int32Array;
  luxuryMinutes: Int32Array;
  unknownMinutes: Int32Array;
  lateLessons: Uint16Array;
}

/**
 * Empty sums with room for `capacity` days.
 *
 * @example createDaySums(200).length // 0
 */
export function createDaySums(capacity: number): TDaySums {
  return {
    length: 0,
    day: new Int32Array(capacity),
    flags: new Uint8Array(capacity),
    registeredMinutes: new Int32Array(capacity),
    absentMinutes: new Int32Array(capacity),
    lateMinutes: new Int32Array(capacity),
    luxuryMinutes: new Int32Array(capacity),
    unknownMinutes: new Int32Array(capacity),
    lateLessons: new Uint16Array(capacity),
  };
}
