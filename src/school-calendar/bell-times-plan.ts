import { isoWeekday } from "@/calendar/iso-weekday";

export interface TimedLesson {
  id: string;
  date: string;
  period: number;
  startMinutes: number;
  endMinutes: number;
  /** Whether the lesson has a registration with a mark: then it keeps the times it had (decision 151). */
  marked: boolean;
}

export interface BellSetup {
  /** Periods per bell schedule id: number → times. */
  periods: ReadonlyMap<string, ReadonlyMap<number, { startMinutes: number; endMinutes: number }>>;
  uses: readonly { bellScheduleId: string; weekday: number | null; date: string | null }[];
}

export interface BellTimesPlan {
  retime: { lessonId: string; startMinutes: number; endMinutes: number }[];
  /** Lessons with marks that keep their old times. */
  kept: number;
  /** Lessons whose period the day's schedule does not have: they keep their times; the timetable decides. */
  outside: number;
}

/**
 * The times lessons get from the bell schedules as they are now: the schedule of the lesson's date if the day
 * has one, else that of its weekday; a lesson with a marked registration keeps its times, and so does one
 * whose period that schedule lacks (decision 151). Callers pass only lessons from the chosen date on.
 *
 * @example
 * // Wednesday 2027-03-10 marked with the shortened schedule (period 2 at 09:10–09:50):
 * bellTimesPlan([{ id, date: "2027-03-10", period: 2, startMinutes: 560, endMinutes: 610, marked: false }], setup)
 * // → { retime: [{ lessonId: id, startMinutes: 550, endMinutes: 590 }], kept: 0, outside: 0 }
 */
export function bellTimesPlan(lessons: readonly TimedLesson[], setup: BellSetup): BellTimesPlan {
  const byDate = new Map<string, string>();
  const byWeekday = new Map<number, string>();
  for (const use of setup.uses) {
    if (use.date !== null) byDate.set(use.date, use.bellScheduleId);
    else if (use.weekday !== null) byWeekday.set(use.weekday, use.bellScheduleId);
  }
  const plan: BellTimesPlan = { retime: [], kept: 0, outside: 0 };
  for (const lesson of lessons) {
    const scheduleId = byDate.get(lesson.date) ?? byWeekday.get(isoWeekday(lesson.date));
    const times = scheduleId === undefined ? undefined : setup.periods.get(scheduleId)?.get(lesson.period);
    if (!times) {
      plan.outside++;
      continue;
    }
    if (times.startMinutes === lesson.startMinutes && times.endMinutes === lesson.endMinutes) continue;
    if (lesson.marked) plan.kept++;
    else plan.retime.push({ lessonId: lesson.id, startMinutes: times.startMinutes, endMinutes: times.endMinutes });
  }
  return plan;
}
