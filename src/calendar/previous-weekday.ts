import { addDays, dbDate } from "./school-time";

/** The weekday before `date`: Friday for a Monday. Holidays are not skipped (the check looks at what was scheduled). */
export function previousWeekday(date: string): string {
  const weekday = dbDate(date).getUTCDay(); // 0 = Sunday
  return addDays(date, weekday === 1 ? -3 : weekday === 0 ? -2 : -1);
}
