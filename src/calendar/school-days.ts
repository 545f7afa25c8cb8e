import { dutchPublicHolidays } from "@/rules";
import { formatIsoDate } from "@/rules/format-iso-date";
import { isoWeekday } from "./iso-weekday";
import { addDays } from "./school-time";

/** A school's own days without lessons: holidays (vakanties) and free days (study days). */
export interface SchoolCalendar {
  holidays: readonly { start: string; end: string }[]; // inclusive
  freeDays: readonly string[];
}

// The rules module owns the list of Dutch public holidays (RULES.md); cached per year here.
const publicHolidays = new Map<number, Set<string>>();
function isDutchPublicHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let dates = publicHolidays.get(year);
  if (!dates) {
    dates = new Set(dutchPublicHolidays(year).map(formatIsoDate));
    publicHolidays.set(year, dates);
  }
  return dates.has(date);
}

/**
 * Whether a YYYY-MM-DD date is a school day in RULES.md's sense: Monday to
 * Friday, not inside a holiday, not a free day, not a Dutch public holiday.
 *
 * @example isSchoolDay("2026-12-25", { holidays: [], freeDays: [] }) // false: Christmas
 */
export function isSchoolDay(date: string, calendar: SchoolCalendar): boolean {
  if (isoWeekday(date) > 5) return false;
  if (calendar.freeDays.includes(date)) return false;
  if (calendar.holidays.some((h) => h.start <= date && date <= h.end)) return false;
  return !isDutchPublicHoliday(date);
}

/** The school days from `from` to `to`, both inclusive, in date order. */
export function schoolDays(from: string, to: string, calendar: SchoolCalendar): string[] {
  const days: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if (isSchoolDay(date, calendar)) days.push(date);
  }
  return days;
}
