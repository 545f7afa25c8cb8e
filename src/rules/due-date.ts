import { isoWeekday, type TDayNumber } from "./day-number";
import type { TPreparedCalendar } from "./prepared-calendar";

/** The legal term: a report is due within 5 working days. */
export const DUE_WORKING_DAYS = 5;

/**
 * `dueBy`: the 5th working day after the day a threshold was reached. Working
 * days are Monday to Friday except public holidays; school holidays and free
 * days are working days.
 *
 * @example dueDate(parseIsoDate("2025-04-30")!, prepared) // 2025-05-08: 5 May 2025 is Liberation Day (2025 is divisible by 5)
 */
export function dueDate(reachedOn: TDayNumber, prepared: TPreparedCalendar): TDayNumber {
  let day = reachedOn as number;
  for (let counted = 0; counted < DUE_WORKING_DAYS; ) {
    day++;
    if (isoWeekday(day as TDayNumber) <= 5 && !prepared.publicHolidays.has(day)) counted++;
  }
  return day as TDayNumber;
}
