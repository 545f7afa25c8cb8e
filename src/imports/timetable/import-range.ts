import { isoWeekday } from "@/calendar/iso-weekday";
import { addDays } from "@/calendar/school-time";

/**
 * The dates an import replaces (decision 147): from the chosen date, or the Monday of the file's first
 * week if that is later, through the Sunday of the file's last week. Lessons outside it are left alone:
 * the file says nothing about them. Null when the file has no lesson on or after the chosen date.
 *
 * @example
 * importRange(["2026-11-24", "2026-11-26"], "2026-11-25") // → { start: "2026-11-25", end: "2026-11-29" }
 */
export function importRange(dates: readonly string[], from: string): { start: string; end: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const date of dates) {
    if (date < from) continue;
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  if (first === null || last === null) return null;
  const monday = addDays(first, 1 - isoWeekday(first));
  return { start: monday > from ? monday : from, end: addDays(last, 7 - isoWeekday(last)) };
}
