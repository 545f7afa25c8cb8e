import { addDays } from "@/calendar/school-time";
import { weekdaysBetween } from "./may-change-lesson";

/**
 * SECURITY-CRITICAL: whose register a person may read. A register shows health
 * information (sick, medical), so a teacher reads only what their work needs:
 * - their own lessons, any day;
 * - another teacher's lesson as a substitute: from the day itself up to the
 *   school's correction period after it (a substitute who registered may look
 *   back at what they wrote), never a later day and never further back;
 * - the coordinator (`anyDate`): every lesson.
 *
 * @example
 * // correctionDays 1, today Tuesday: a colleague's Monday lesson is readable,
 * // last Friday's is not, and neither is Wednesday's.
 */
export function mayReadLesson(
  lesson: { date: string; ownTeacher: boolean },
  { today, correctionDays, anyDate }: { today: string; correctionDays: number; anyDate: boolean },
): boolean {
  if (anyDate || lesson.ownTeacher) return true;
  return lesson.date <= today && weekdaysBetween(lesson.date, today) <= correctionDays;
}

/**
 * The earliest day whose colleagues' lessons a substitute may still read: the
 * page that finds a colleague's lesson does not offer days it could not open.
 *
 * @example earliestColleagueDay("2026-11-24", 1) // "2026-11-23": Monday, the one weekday back
 */
export function earliestColleagueDay(today: string, correctionDays: number): string {
  let day = today;
  while (weekdaysBetween(addDays(day, -1), today) <= correctionDays) day = addDays(day, -1);
  return day;
}
