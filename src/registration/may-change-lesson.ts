import { dbDate } from "@/calendar/school-time";

export type LessonAccess = { allowed: true } | { allowed: false; reason: "FUTURE" | "TOO_OLD" | "NOT_TODAY_SUBSTITUTE" | "CANCELLED" };

/**
 * Who may still change the marks of a lesson, by date:
 * - nobody registers a lesson of a later day;
 * - the lesson's own teacher: that day and `correctionDays` weekdays after it;
 * - a substitute (another teacher): only on the day itself;
 * - the coordinator (`anyDate`): any day up to today.
 *
 * @example
 * // Monday's lesson, correctionDays 1: its teacher may correct it until Tuesday
 * // evening; on Wednesday the correction goes through the coordinator.
 */
export function mayChangeLesson(
  lesson: { date: string; cancelled: boolean; ownTeacher: boolean },
  { today, correctionDays, anyDate }: { today: string; correctionDays: number; anyDate: boolean },
): LessonAccess {
  if (lesson.cancelled) return { allowed: false, reason: "CANCELLED" };
  if (lesson.date > today) return { allowed: false, reason: "FUTURE" };
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
