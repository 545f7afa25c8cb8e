/**
 * 1 August of the school year (1 August – 31 July) that contains the date.
 *
 * @example schoolYearStart("2027-07-09") // "2026-08-01"
 */
export function schoolYearStart(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  return `${isoDate.slice(5) >= "08-01" ? year : year - 1}-08-01`;
}
