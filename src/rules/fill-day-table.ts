import { DAY_FLAG, type TDayTable } from "./day-table";
import { REASON, STATUS } from "./lesson-codes";
import type { TLessonColumns } from "./lesson-columns";
import type { TPreparedCalendar } from "./prepared-calendar";

/** The registered days found: `first === -1` when there are none up to `asOf`. */
export interface TFilledDays {
  first: number;
  last: number;
}

/**
 * Sums one pupil's lessons per day in a single pass, in any lesson order.
 * Lessons after `endOffset` (asOf), on days that are not school days, and
 * UNREGISTERED or CANCELLED lessons are skipped, as RULES.md requires of every rule.
 * Then fills the running totals of unexcused and unknown minutes, so that the
 * hours of any window are one subtraction.
 *
 * @example
 * // A 50-minute LATE_UNEXCUSED lesson with 10 late minutes adds 10 unexcused
 * // minutes only when lateCountsAsAbsence is on; it always counts as present.
 */
export function fillDayTable(
  columns: TLessonColumns,
  prepared: TPreparedCalendar,
  table: TDayTable,
  options: { endOffset: number; lateCountsAsAbsence: boolean },
): TFilledDays {
  const { flags, registeredMinutes, absentMinutes, lateMinutes, luxuryMinutes, unknownMinutes, lateLessons } = table;
  if (table.dirtyTo >= table.dirtyFrom) {
    const a = table.dirtyFrom;
    const b = table.dirtyTo + 1;
    flags.fill(0, a, b);
    registeredMinutes.fill(0, a, b);
    absentMinutes.fill(0, a, b);
    lateMinutes.fill(0, a, b);
    luxuryMinutes.fill(0, a, b);
    unknownMinutes.fill(0, a, b);
    lateLessons.fill(0, a, b);
  }

  // Until this pass completes, any day may hold data: a pass that throws must not leak into the next pupil.
  table.dirtyFrom = 0;
  table.dirtyTo = flags.length - 1;

  const { endOffset } = options;
  const schoolDay = prepared.schoolDay;
  const from = prepared.from;
  const { day, startMinute, endMinute, status, reason } = columns;
  let first = Number.MAX_SAFE_INTEGER;
  let last = -1;
  for (let k = 0; k < columns.length; k++) {
    const offset = day[k]! - from;
    if (offset > endOffset) continue;
    if (offset < 0) throw new RangeError(`lesson ${k} lies before the prepared calendar`);
    if (schoolDay[offset] === 0) continue;
    const code = status[k]!;
    if (code >= STATUS.UNREGISTERED) continue;
    const minutes = endMinute[k]! - startMinute[k]!;
    registeredMinutes[offset]! += minutes;
    let flag: number = DAY_FLAG.REGISTERED;
    switch (code) {
      case STATUS.PRESENT:
      case STATUS.LATE_EXCUSED:
        flag |= DAY_FLAG.PRESENT;
        break;
      case STATUS.LATE_UNEXCUSED:
        flag |= DAY_FLAG.PRESENT;
        lateLessons[offset]! += 1;
        lateMinutes[offset]! += Math.min(columns.lateMinutes[k]!, minutes);
        break;
      case STATUS.SICK:
        flag |= DAY_FLAG.SICK;
        break;
      case STATUS.SCHOOL_INITIATED:
        if (reason[k] === REASON.SUSPENSION) flag |= DAY_FLAG.SUSPENSION;
        break;
      case STATUS.ABSENT_UNEXCUSED:
        absentMinutes[offset]! += minutes;
        if (reason[k] === REASON.HOLIDAY_WITHOUT_LEAVE) {
          luxuryMinutes[offset]! += minutes;
          flag |= DAY_FLAG.LUXURY;
        } else {
          flag |= DAY_FLAG.SUSPECT;
        }
        break;
      case STATUS.ABSENT_UNKNOWN:
        absentMinutes[offset]! += minutes;
        unknownMinutes[offset]! += minutes;
        flag |= DAY_FLAG.SUSPECT;
        break;
    }
    flags[offset]! |= flag;
    if (offset < first) first = offset;
    if (offset > last) last = offset;
  }
  if (last < 0) {
    table.dirtyFrom = 0;
    table.dirtyTo = -1;
    return { first: -1, last: -1 };
  }
  table.dirtyFrom = first;
  table.dirtyTo = last;

  const { cumulativeUnexcused, cumulativeUnknown } = table;
  const withLate = options.lateCountsAsAbsence;
  let unexcused = 0;
  let unknown = 0;
  for (let i = first; i <= endOffset; i++) {
    unexcused += absentMinutes[i]! + (withLate ? lateMinutes[i]! : 0);
    unknown += unknownMinutes[i]!;
    cumulativeUnexcused[i] = unexcused;
    cumulativeUnknown[i] = unknown;
  }
  return { first, last };
}
