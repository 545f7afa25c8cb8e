/**
 * A person's age in whole years on a date (both YYYY-MM-DD). Someone born on
 * 29 February turns a year older on 1 March in a year without that day.
 *
 * @example ageOn("2010-11-24", "2026-11-23") // 15: the 16th birthday is tomorrow
 */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) >= birthDate.slice(5) ? years : years - 1;
}
