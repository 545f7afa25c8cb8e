import { longDate } from "@/calendar/long-date";

export interface YearBounds {
  name: string;
  startDate: string; // YYYY-MM-DD, inclusive
  endDate: string;
}

/**
 * Why a calendar event's dates cannot be saved in this school year, per field (Dutch), or null when they can:
 * the end on or after the start, both inside the year (1 August – 31 July).
 *
 * @example
 * checkEventDates({ startDate: "2027-08-02", endDate: "2027-08-02" }, { name: "2026-2027", startDate: "2026-08-01", endDate: "2027-07-31" })
 * // { startDate: ["Kies een datum tot en met 31 juli 2027 (einde van schooljaar 2026-2027)."], endDate: [the same] }
 */
export function checkEventDates(dates: { startDate: string; endDate: string }, year: YearBounds): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  if (dates.endDate < dates.startDate) errors.endDate = ["De einddatum ligt voor de begindatum."];
  for (const field of ["startDate", "endDate"] as const) {
    const date = dates[field];
    if (date < year.startDate) (errors[field] ??= []).push(`Kies een datum vanaf ${longDate(year.startDate)} (begin van schooljaar ${year.name}).`);
    if (date > year.endDate) (errors[field] ??= []).push(`Kies een datum tot en met ${longDate(year.endDate)} (einde van schooljaar ${year.name}).`);
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
