import { clockTime } from "@/calendar/school-time";

export type TimeOption = { value: string; label: string };
type LessonStart = { period: number; startMinutes: number };

/** "Ziek vanaf": now, or the start of any lesson hour today (also an earlier one: reported late, sick since the 1st hour). */
export function sickFromOptions(starts: readonly LessonStart[], nowMinutes: number): TimeOption[] {
  return [{ value: "now", label: `Nu (${clockTime(nowMinutes)})` }, ...starts.map((s) => ({ value: clockTime(s.startMinutes), label: `Vanaf het ${s.period}e uur (${clockTime(s.startMinutes)})` }))];
}

/** "Beter vanaf": now, a lesson hour still to come today, or tomorrow. */
export function betterFromOptions(starts: readonly LessonStart[], nowMinutes: number): TimeOption[] {
  return [
    { value: "now", label: `Nu (${clockTime(nowMinutes)})` },
    ...starts.filter((s) => s.startMinutes > nowMinutes).map((s) => ({ value: clockTime(s.startMinutes), label: `Het ${s.period}e uur (${clockTime(s.startMinutes)})` })),
    { value: "tomorrow", label: "Morgen" },
  ];
}
