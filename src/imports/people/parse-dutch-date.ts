/**
 * A date as Dutch exports write it, as an ISO date: dd-mm-jjjj, d-m-jjjj (also with `/` or `.`), or
 * jjjj-mm-dd. Null for anything else and for a day that does not exist.
 *
 * @example
 * parseDutchDate("3-2-2012") // "2012-02-03"
 * parseDutchDate("31-02-2012") // null
 */
export function parseDutchDate(text: string): string | null {
  const value = text.trim();
  let day: number, month: number, year: number;
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (dutch) [day, month, year] = [Number(dutch[1]), Number(dutch[2]), Number(dutch[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return null;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}
