/**
 * The calendar year in which the school year containing `date` starts (school years run 1 August – 31 July).
 *
 * @example schoolYearStartOf("2027-07-31") // 2026
 */
export function schoolYearStartOf(date: string): number {
  return date.slice(5) >= "08-01" ? Number(date.slice(0, 4)) : Number(date.slice(0, 4)) - 1;
}
