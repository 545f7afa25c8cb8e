/**
 * A pupil's lessons as parallel typed arrays: the compact form for evaluating
 * a whole school (a school year of one pupil is ~1,250 lessons, ~16 kB here).
 * Days are day numbers (`TDayNumber`), times minutes since midnight, status and
 * reason the codes of `lesson-codes.ts`. Only the first `length` entries count.
 */
export interface TLessonColumns {
  length: number;
  day: Int32Array;
  startMinute: Uint16Array;
  endMinute: Uint16Array;
  status: Uint8Array;
  reason: Uint8Array;
  lateMinutes: Uint16Array;
}

/**
 * Empty columns with room for `capacity` lessons.
 *
 * @example createLessonColumns(1300).length // 0
 */
export function createLessonColumns(capacity: number): TLessonColumns {
  return {
    length: 0,
    day: new Int32Array(capacity),
    startMinute: new Uint16Array(capacity),
    endMinute: new Uint16Array(capacity),
    status: new Uint8Array(capacity),
    reason: new Uint8Array(capacity),
    lateMinutes: new Uint16Array(capacity),
  };
}
