declare const minutesBrand: unique symbol;

/** A duration or a time of day in whole minutes; never clock hours, never a day number. */
export type TMinutes = number & { readonly [minutesBrand]: "TMinutes" };

/**
 * The one rounding from minutes to clock hours: 2 decimals, as every signal's
 * `hours` shows them. Minutes / 60 never ends in exactly half a hundredth
 * (the remainder is 0, 1/3 or 2/3), so no tie-breaking rule is needed.
 *
 * @example clockHoursFromMinutes(50 as TMinutes) // 0.83 (one 50-minute period)
 * @example clockHoursFromMinutes(959 as TMinutes) // 15.98 (one minute short of 16 hours)
 */
export function clockHoursFromMinutes(minutes: TMinutes): number {
  return Math.round((minutes * 100) / 60) / 100;
}
