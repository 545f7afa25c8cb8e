declare const dayNumberBrand: unique symbol;

/**
 * A calendar date as the number of days since 1970-01-01. The rules do all
 * date arithmetic on these integers; ISO strings exist only at the edges.
 * Branded so that a day number is never mixed up with minutes or counts.
 */
export type TDayNumber = number & { readonly [dayNumberBrand]: "TDayNumber" };

/** Year, month (1-12) and day of month of a day number. */
export interface TCivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * The day number of a civil (proleptic Gregorian) date, without Date objects
 * (H. Hinnant's days_from_civil). Does not check that the day exists:
 * callers that parse input use `parseIsoDate`.
 *
 * @example dayNumberFromCivil(1970, 1, 1) // 0
 * @example dayNumberFromCivil(2024, 2, 29) // 19782 (leap day)
 */
export function dayNumberFromCivil(year: number, month: number, day: number): TDayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return (era * 146097 + dayOfEra - 719468) as TDayNumber;
}

/**
 * The civil date of a day number; the inverse of `dayNumberFromCivil`.
 *
 * @example civilFromDayNumber(19782 as TDayNumber) // { year: 2024, month: 2, day: 29 }
 */
export function civilFromDayNumber(dayNumber: TDayNumber): TCivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * ISO weekday: 1 = Monday ... 7 = Sunday. 1970-01-01 was a Thursday.
 *
 * @example isoWeekday(dayNumberFromCivil(2025, 2, 3)) // 1 (Monday)
 */
export function isoWeekday(dayNumber: TDayNumber): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}
