import { civilFromDayNumber, type TDayNumber } from "./day-number";

/**
 * Formats a day number as `YYYY-MM-DD`.
 *
 * @example formatIsoDate(19782 as TDayNumber) // "2024-02-29"
 */
export function formatIsoDate(dayNumber: TDayNumber): string {
  const { year, month, day } = civilFromDayNumber(dayNumber);
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}
