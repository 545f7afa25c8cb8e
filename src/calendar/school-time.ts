import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** Today's date (YYYY-MM-DD) in the school's time zone: at 00:30 in Amsterdam it is already tomorrow in UTC terms. */
export function schoolToday(timeZone: string, now: Date): string {
  return format(new TZDate(now, timeZone), "yyyy-MM-dd");
}

/** Minutes since midnight in the school's time zone. */
export function schoolMinutesNow(timeZone: string, now: Date): number {
  const local = new TZDate(now, timeZone);
  return local.getHours() * 60 + local.getMinutes();
}

/** A `@db.Date` column value for an ISO date. */
export function dbDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(isoDateValue: string, days: number): string {
  const d = dbDate(isoDateValue);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

/** "08:30" for 510. */
export function clockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

const DATE_FORMAT = new Intl.DateTimeFormat("nl-NL", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
/** "maandag 23 november" */
export function dutchDate(isoDateValue: string): string {
  return DATE_FORMAT.format(dbDate(isoDateValue));
}

/** The instant at which a school-local date and time happen. */
export function schoolInstant(isoDateValue: string, minutes: number, timeZone: string): Date {
  const [y, m, d] = isoDateValue.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime());
}
