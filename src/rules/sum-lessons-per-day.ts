import { DAY_FLAG } from "./day-table";
import { createDaySums, type TDaySums } from "./day-sums";
import { REASON, STATUS } from "./lesson-codes";
import type { TLessonColumns } from "./lesson-columns";

/**
 * Sums lessons per day (any lesson order) the way `fillDayTable` sums them,
 * but without a calendar: every day is kept, school day or not, before or
 * after `asOf`. `fillDayTableFromSums` applies the calendar later, so
 * `fillDayTableFromSums(sumLessonsPerDay(l))` fills the same table as
 * `fillDayTable(l)` (a property test says so).
 *
 * @example
 * // A PRESENT and an ABSENT_UNKNOWN lesson of 50 minutes on one day:
 * // flags REGISTERED|PRESENT|SUSPECT, registered 100, absent 50, unknown 50.
 */
export function sumLessonsPerDay(columns: TLessonColumns): TDaySums {
  const { day, startMinute, endMinute, status, reason, lateMinutes } = columns;
  const order: number[] = [];
  for (let k = 0; k < columns.length; k++) if (status[k]! < STATUS.UNREGISTERED) order.push(k);
  order.sort((a, b) => day[a]! - day[b]!);

  const sums = createDaySums(order.length);
  let n = -1;
  for (const k of order) {
    if (n < 0 || sums.day[n] !== day[k]) {
      n++;
      sums.day[n] = day[k]!;
    }
    const minutes = endMinute[k]! - startMinute[k]!;
    sums.registeredMinutes[n]! += minutes;
    let flag: number = DAY_FLAG.REGISTERED;
    switch (status[k]!) {
      case STATUS.PRESENT:
      case STATUS.LATE_EXCUSED:
        flag |= DAY_FLAG.PRESENT;
        break;
      case STATUS.LATE_UNEXCUSED:
        flag |= DAY_FLAG.PRESENT;
        sums.lateLessons[n]! += 1;
        sums.lateMinutes[n]! += Math.min(lateMinutes[k]!, minutes);
        break;
      case STATUS.SICK:
        flag |= DAY_FLAG.SICK;
        break;
      case STATUS.SCHOOL_INITIATED:
        if (reason[k] === REASON.SUSPENSION) flag |= DAY_FLAG.SUSPENSION;
        break;
      case STATUS.ABSENT_UNEXCUSED:
        sums.absentMinutes[n]! += minutes;
        if (reason[k] === REASON.HOLIDAY_WITHOUT_LEAVE) {
          sums.luxuryMinutes[n]! += minutes;
          flag |= DAY_FLAG.LUXURY;
        } else {
          flag |= DAY_FLAG.SUSPECT;
        }
        break;
      case STATUS.ABSENT_UNKNOWN:
        sums.absentMinutes[n]! += minutes;
        sums.unknownMinutes[n]! += minutes;
        flag |= DAY_FLAG.SUSPECT;
        break;
    }
    sums.flags[n]! |= flag;
  }
  sums.length = n + 1;
  return sums;
}
