import type { AttendanceStatus } from "@/db/generated/prisma/enums";

export type DayAbsence = { date: string; status: AttendanceStatus; periods: number[] };

/**
 * A parent's view of a day: one line per category with its lesson periods,
 * instead of one line per lesson. Newest day first, periods in order.
 *
 * @example
 * // Sick all of Monday: [{ date: "2026-11-23", status: "SICK", periods: [1,2,3,4,5,6,7] }]
 */
export function summarizeDayAbsences(rows: readonly { date: string; period: number; status: AttendanceStatus }[]): DayAbsence[] {
  const byKey = new Map<string, DayAbsence>();
  for (const row of rows) {
    const key = `${row.date}|${row.status}`;
    const entry = byKey.get(key) ?? { date: row.date, status: row.status, periods: [] };
    entry.periods.push(row.period);
    byKey.set(key, entry);
  }
  return [...byKey.values()]
    .map((e) => ({ ...e, periods: [...new Set(e.periods)].sort((a, b) => a - b) }))
    .sort((a, b) => (a.date === b.date ? (a.periods[0] ?? 0) - (b.periods[0] ?? 0) : a.date < b.date ? 1 : -1));
}

/** "1e uur", "1e en 2e uur", "1e t/m 7e uur", "1e, 3e en 5e uur". */
export function describePeriods(periods: readonly number[]): string {
  if (periods.length === 1) return `${periods[0]}e uur`;
  const consecutive = periods.every((p, i) => i === 0 || p === periods[i - 1]! + 1);
  if (consecutive && periods.length > 2) return `${periods[0]}e t/m ${periods[periods.length - 1]}e uur`;
  const named = periods.map((p) => `${p}e`);
  return `${named.slice(0, -1).join(", ")} en ${named[named.length - 1]} uur`;
}
