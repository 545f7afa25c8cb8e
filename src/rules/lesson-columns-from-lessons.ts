import type { TDayNumber } from "./day-number";
import { reasonCode, STATUS } from "./lesson-codes";
import { createLessonColumns, type TLessonColumns } from "./lesson-columns";
import { parseClockTime } from "./parse-clock-time";
import { parseIsoDate } from "./parse-iso-date";
import type { TRulesLesson } from "./rules-input-schema";

/**
 * Converts validated lessons (ISO strings) into columns. Pass `into` to reuse
 * the buffers of a previous call (it grows when too small): evaluating a school
 * then allocates nothing per pupil. Consecutive lessons on the same date parse
 * that date once, which makes date-sorted input the fast path.
 *
 * @example lessonColumnsFromLessons([{ date: "2025-02-03", start: "08:30", end: "09:20", status: "SICK", reason: null, lateMinutes: 0 }]).endMinute[0] // 560
 */
export function lessonColumnsFromLessons(lessons: readonly TRulesLesson[], into?: TLessonColumns): TLessonColumns {
  const capacity = into?.day.length ?? 0;
  // Grow geometrically, so that a school of slowly growing pupils reallocates only a few times.
  const columns =
    into !== undefined && capacity >= lessons.length ? into : createLessonColumns(Math.max(lessons.length, capacity * 2));
  let lastDate = "";
  let lastDay = 0 as TDayNumber;
  for (let k = 0; k < lessons.length; k++) {
    const lesson = lessons[k]!;
    if (lesson.date !== lastDate) {
      const parsed = parseIsoDate(lesson.date);
      if (parsed === undefined) throw new RangeError(`lessons[${k}].date: not a date: ${JSON.stringify(lesson.date)}`);
      lastDate = lesson.date;
      lastDay = parsed;
    }
    const start = parseClockTime(lesson.start);
    const end = parseClockTime(lesson.end);
    if (start === undefined || end === undefined || end <= start) {
      throw new RangeError(`lessons[${k}]: start and end must be times HH:MM with end after start`);
    }
    columns.day[k] = lastDay;
    columns.startMinute[k] = start;
    columns.endMinute[k] = end;
    columns.status[k] = STATUS[lesson.status];
    columns.reason[k] = reasonCode(lesson.reason);
    columns.lateMinutes[k] = lesson.lateMinutes;
  }
  columns.length = lessons.length;
  return columns;
}
