import { civilFromDayNumber, isoWeekday, type TDayNumber } from "./day-number";
import { dutchPublicHolidays } from "./dutch-public-holidays";
import { parseIsoDate } from "./parse-iso-date";
import { MAX_HOLIDAY_ADJACENT_DAYS, type THolidaySide, type TPreparedCalendar } from "./prepared-calendar";
import type { TRulesCalendar } from "./rules-input-schema";

/** Four weeks, as RULES.md counts them: `cd >= 28`. */
export const FOUR_WEEKS = 28;

function day(text: string, field: string): TDayNumber {
  const parsed = parseIsoDate(text);
  if (parsed === undefined) throw new RangeError(`${field}: not a date: ${JSON.stringify(text)}`);
  return parsed;
}

/**
 * Computes what every rule needs from the calendar once per school: school
 * days, the compressed-day index (holidays skipped) and the start of every
 * 4-week window, public holidays and the school days next to each holiday.
 * Every lesson evaluated against it must lie inside `range` (lessons after
 * `asOf` are skipped before that check).
 *
 * @example
 * const prepared = prepareCalendar(
 *   { holidays: [{ name: "Voorjaarsvakantie", start: "2025-02-15", end: "2025-02-23" }], freeDays: [], publicHolidays: null },
 *   { from: "2024-08-01", to: "2025-07-31" },
 * );
 * // Friday 14 and Monday 24 February count as consecutive days: cd(14 Feb, 24 Feb) = 1
 */
export function prepareCalendar(calendar: TRulesCalendar, range: { from: string; to: string }): TPreparedCalendar {
  const from = day(range.from, "from");
  const to = day(range.to, "to");
  if (to < from) throw new RangeError("to: must not be before from");
  const length = to - from + 1;

  const holidays = calendar.holidays.map((holiday, index) => ({
    name: holiday.name,
    start: day(holiday.start, `calendar.holidays[${index}].start`),
    end: day(holiday.end, `calendar.holidays[${index}].end`),
  }));
  const freeDays = new Set<number>(calendar.freeDays.map((text, index) => day(text, `calendar.freeDays[${index}]`)));
  const publicHolidays = new Set<number>();
  if (calendar.publicHolidays === null) {
    // One year more on each side: due dates run past `to`, holiday sides past both ends.
    for (let year = civilFromDayNumber(from).year - 1; year <= civilFromDayNumber(to).year + 1; year++) {
      for (const holiday of dutchPublicHolidays(year)) publicHolidays.add(holiday);
    }
  } else {
    calendar.publicHolidays.forEach((text, index) => publicHolidays.add(day(text, `calendar.publicHolidays[${index}]`)));
  }

  const inHoliday = new Uint8Array(length);
  for (const holiday of holidays) {
    for (let d = Math.max(holiday.start, from); d <= Math.min(holiday.end, to); d++) inHoliday[d - from] = 1;
  }
  const isHolidayDay = (d: number): boolean => holidays.some((holiday) => d >= holiday.start && d <= holiday.end);
  const isSchoolDayNumber = (d: number): boolean =>
    isoWeekday(d as TDayNumber) <= 5 && !isHolidayDay(d) && !freeDays.has(d) && !publicHolidays.has(d);

  const schoolDay = new Uint8Array(length);
  const compressed = new Int32Array(length);
  const windowStart = new Int32Array(length);
  const schoolDayList: number[] = [];
  let windowFirst = 0;
  for (let i = 0; i < length; i++) {
    const d = from + i;
    const isSchool =
      inHoliday[i] === 0 && isoWeekday(d as TDayNumber) <= 5 && !freeDays.has(d) && !publicHolidays.has(d);
    schoolDay[i] = isSchool ? 1 : 0;
    if (isSchool) schoolDayList.push(i);
    compressed[i] = i === 0 ? 0 : compressed[i - 1]! + (inHoliday[i] === 0 ? 1 : 0);
    while (compressed[i]! - compressed[windowFirst]! >= FOUR_WEEKS) windowFirst++;
    windowStart[i] = windowFirst;
  }

  const holidaySides: THolidaySide[] = [];
  for (const holiday of holidays) {
    for (const side of ["before", "after"] as const) {
      const step = side === "before" ? -1 : 1;
      const days: TDayNumber[] = [];
      // Stop at the next holiday: its own side owns the days beyond it.
      for (let d = side === "before" ? holiday.start - 1 : holiday.end + 1, seen = 0; seen < 62; d += step, seen++) {
        if (isHolidayDay(d) || days.length === MAX_HOLIDAY_ADJACENT_DAYS) break;
        if (isSchoolDayNumber(d)) days.push(d as TDayNumber);
      }
      holidaySides.push({ holiday: holiday.name, side, days });
    }
  }

  return {
    from,
    to,
    length,
    schoolDay,
    schoolDayOffsets: Int32Array.from(schoolDayList),
    compressed,
    windowStart,
    publicHolidays,
    holidaySides,
  };
}
