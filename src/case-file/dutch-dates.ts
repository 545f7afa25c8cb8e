import { dbDate } from "@/calendar/school-time";

const WITH_WEEKDAY = new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const SHORT = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const MONTH = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });

/** "maandag 23 november 2026" */
export const weekdayDate = (iso: string): string => WITH_WEEKDAY.format(dbDate(iso));
export { longDate } from "@/calendar/long-date";
/** "23 nov 2026" */
export const shortDate = (iso: string): string => SHORT.format(dbDate(iso)).replace(".", "");
/** "november 2026" for "2026-11" or any date in it */
export const monthName = (isoMonth: string): string => MONTH.format(dbDate(`${isoMonth.slice(0, 7)}-01`));
