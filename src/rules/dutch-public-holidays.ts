import { dayNumberFromCivil, isoWeekday, type TDayNumber } from "./day-number";
import { easterSunday } from "./easter-sunday";

/**
 * The Dutch national public holidays of a year, as RULES.md lists them:
 * New Year's Day, Easter Monday, King's Day, Ascension Day, Whit Monday,
 * Christmas and Boxing Day, and Liberation Day (5 May) in years divisible by 5.
 * Easter Sunday and Whit Sunday are Sundays anyway; Good Friday is not a
 * national holiday for schools.
 *
 * @example dutchPublicHolidays(2025) // includes 2025-04-26: 27 April 2025 is a Sunday, so King's Day moves to Saturday the 26th
 * @example dutchPublicHolidays(2025) // includes 2025-05-05 (2025 is divisible by 5)
 */
export function dutchPublicHolidays(year: number): TDayNumber[] {
  const easter = easterSunday(year);
  const kingsDay = dayNumberFromCivil(year, 4, 27);
  const days: number[] = [
    dayNumberFromCivil(year, 1, 1),
    easter + 1,
    isoWeekday(kingsDay) === 7 ? kingsDay - 1 : kingsDay,
    easter + 39,
    easter + 50,
    dayNumberFromCivil(year, 12, 25),
    dayNumberFromCivil(year, 12, 26),
  ];
  if (year % 5 === 0) days.push(dayNumberFromCivil(year, 5, 5));
  return (days as TDayNumber[]).sort((a, b) => a - b);
}
