import { dbDate } from "@/calendar/school-time";

const WITH_WEEKDAY = new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const LONG = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const SHORT = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });

/** "maandag 23 november 2026" */
export const weekdayDate = (iso: string): string => WITH_WEEKDAY.format(dbDate(iso));
/** "23 november 2026" */
export const longDate = (iso: string): string => LONG.format(dbDate(iso));
/** "23 nov 2026" */
export const shortDate = (iso: string): string => SHORT.format(dbDate(iso)).replace(".", "");
/** "november 2026" for "2026-11" or any date in it */
export const monthName = (isoMonth: string): string => MONTH.format(dbDate(`${isoMonth.slice(0, 7)}-01`));

/** "3 t/m 5 februari 2025", "vanaf 3 februari 2025" for an open period. */
export function periodText(start: string, end: string | null): string {
  if (!end) return `vanaf ${longDate(start)}`;
  if (start === end) return longDate(start);
  return `${longDate(start)} tot en met ${longDate(end)}`;
}
