import { dbDate } from "@/calendar/school-time";

const DAY_MS = 86_400_000;

/**
 * How a due date reads next to a signal: in calendar days from today, since
 * that is how a deadline is felt ("over 3 dagen"), while `dueBy` itself was
 * counted in working days by the rules module.
 *
 * @example dueText("2026-11-25", "2026-11-23") // "nog 2 dagen"
 */
export function dueText(dueBy: string, today: string): { text: string; overdue: boolean } {
  const days = Math.round((dbDate(dueBy).getTime() - dbDate(today).getTime()) / DAY_MS);
  if (days > 1) return { text: `nog ${days} dagen`, overdue: false };
  if (days === 1) return { text: "morgen", overdue: false };
  if (days === 0) return { text: "vandaag", overdue: false };
  return { text: `${-days} ${days === -1 ? "dag" : "dagen"} te laat`, overdue: true };
}
