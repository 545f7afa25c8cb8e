/**
 * A report's period as the register reads it (src/registration/known-absences.ts): from a date
 * (and, on a partial first day, a time) until a date (and time), or open. Minutes are school time.
 */
export type ReportPeriod = { startDate: string; startMinutes: number | null; endDate: string | null; endMinutes: number | null };

const DAY = 24 * 60;

/** A moment as a sortable pair: the date and the minute of that day. */
const at = (date: string, minutes: number): string => `${date}T${String(minutes).padStart(4, "0")}`;

/**
 * Whether two periods share a moment. An open end never ends; a missing start
 * time is the start of the day, a missing end time its end.
 *
 * @example
 * // Sick until 12:00, appointment from 12:00: they touch, they do not overlap.
 * periodsOverlap({ startDate: d, startMinutes: null, endDate: d, endMinutes: 720 }, { startDate: d, startMinutes: 720, endDate: d, endMinutes: 780 }) // false
 */
export function periodsOverlap(a: ReportPeriod, b: ReportPeriod): boolean {
  const startA = at(a.startDate, a.startMinutes ?? 0);
  const startB = at(b.startDate, b.startMinutes ?? 0);
  const endA = a.endDate === null ? null : at(a.endDate, a.endMinutes ?? DAY);
  const endB = b.endDate === null ? null : at(b.endDate, b.endMinutes ?? DAY);
  return (endB === null || startA < endB) && (endA === null || startB < endA);
}
