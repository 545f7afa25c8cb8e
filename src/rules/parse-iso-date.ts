import { dayNumberFromCivil, type TDayNumber } from "./day-number";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function digit(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : Number.NaN;
}

/**
 * Parses a strict `YYYY-MM-DD` date into a day number, or `undefined` when the
 * text is not a date that exists.
 *
 * @example parseIsoDate("2025-02-03") // 20122
 * @example parseIsoDate("2025-02-30") // undefined (February has 28 days in 2025)
 * @example parseIsoDate("2024-02-29") // 19782 (leap year)
 */
export function parseIsoDate(text: string): TDayNumber | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  if (Number.isNaN(year + month + day) || month < 1 || month > 12 || day < 1) return undefined;
  const monthLength = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day > monthLength) return undefined;
  return dayNumberFromCivil(year, month, day);
}
