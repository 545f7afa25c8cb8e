import { dbDate } from "@/calendar/school-time";

export type LessonAccess =
  | { allowed: true }
  | { allowed: false; reason: "FUTURE" | "TOO_OLD" | "NOT_TODAY_SUBSTITUTE" | "CANCELLED" }
  /** Today's lesson that has not begun yet; `opensAtMinutes`: from when it can be registered. */
  | { allowed: false; reason: "NOT_STARTED"; opensAtMinutes: number };

/**
 * How many minutes before its start a lesson can be registered: the teacher
 * may open the register while the class comes in, not at 06:30 for the whole
 * day. docs/decisions/080-register-opens-at-the-lesson.md.
 */
export const REGISTER_OPENS_MINUTES_BEFORE_START = 5;

/**
 * Who may still change the marks of a lesson, by date:
 * - nobody registers a lesson of a later day, nor today's lesson more than
 *   `REGISTER_OPENS_MINUTES_BEFORE_START` minutes before it starts (what is
 *   known in advance, a parent's report or approved leave, is pre-filled
 *   without a mark);
 * - the lesson's own teacher: that day and `correctionDays` weekdays after it;
 * - a substitute (another teacher): only on the day itself;
 * - the coordinator (`anyDate`): any day up to today.
 *
 * @example
 * // Monday's lesson, correctionDays 1: its teacher may correct it until Tuesday
 * // evening; on Wednesday the correction goes through the coordinator.
 * // At 13:00 (nowMinutes 780) a lesson of 13:05 today can be registered; at 12:59 it cannot yet.
 */
export function mayChangeLesson(
  lesson: { date: string; startMinutes: number; cancelled: boolean; ownTeacher: boolean },
  { today, nowMinutes, correctionDays, anyDate }: { today: string; nowMinutes: number; correctionDays: number; anyDate: boolean },
): LessonAccess {
  if (lesson.cancelled) return { allowed: false, reason: "CANCELLED" };
  if (lesson.date > today) return { allowed: false, reason: "FUTURE" };
  const opensAtMinutes = lesson.startMinutes - REGISTER_OPENS_MINUTES_BEFORE_START;
  if (lesson.date === today && nowMinutes < opensAtMinutes) return { allowed: false, reason: "NOT_STARTED", opensAtMinutes };
  if (anyDate || lesson.date === today) return { allowed: true };
  if (!lesson.ownTeacher) return { allowed: false, reason: "NOT_TODAY_SUBSTITUTE" };
  return weekdaysBetween(lesson.date, today) <= correctionDays ? { allowed: true } : { allowed: false, reason: "TOO_OLD" };
}

/** Weekdays x with from < x <= to. */
export function weekdaysBetween(from: string, to: string): number {
  let count = 0;
  const day = dbDate(from);
  const end = dbDate(to).getTime();
  for (day.setUTCDate(day.getUTCDate() + 1); day.getTime() <= end; day.setUTCDate(day.getUTCDate() + 1)) {
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}
