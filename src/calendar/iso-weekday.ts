import { dbDate } from "./school-time";

/**
 * ISO weekday of a YYYY-MM-DD date: 1 = Monday … 7 = Sunday, the numbering
 * of `TimetableEntry.weekday` and `BellScheduleUse.weekday`.
 *
 * @example isoWeekday("2026-11-23") // 1 (a Monday)
 */
export function isoWeekday(date: string): number {
  const day = dbDate(date).getUTCDay();
  return day === 0 ? 7 : day;
}
