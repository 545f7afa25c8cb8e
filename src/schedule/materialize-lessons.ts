import { isoWeekday } from "@/calendar/iso-weekday";
import { schoolDays, type SchoolCalendar } from "@/calendar/school-days";

export interface TimetableEntryInput {
  id: string;
  weekday: number; // 1 = Monday … 5 = Friday
  period: number;
  groupId: string;
  subjectId: string;
  staffId: string | null;
  room: string | null;
  validFrom: string; // YYYY-MM-DD
  validUntil: string | null; // inclusive; null = open
}

export interface BellScheduleInput {
  id: string;
  periods: readonly { number: number; startMinutes: number; endMinutes: number }[];
}

/** Which bell schedule applies: on one date, or on a weekday. A date wins over a weekday. */
export interface BellScheduleUseInput {
  bellScheduleId: string;
  weekday: number | null;
  date: string | null;
}

export interface MaterializedLesson {
  date: string;
  period: number;
  startMinutes: number;
  endMinutes: number;
  groupId: string;
  subjectId: string;
  staffId: string | null;
  room: string | null;
  timetableEntryId: string;
}

export interface MaterializeOptions {
  from: string; // inclusive
  to: string; // inclusive
  calendar: SchoolCalendar;
  bellSchedules: readonly BellScheduleInput[];
  uses: readonly BellScheduleUseInput[];
}

/**
 * The dated lessons of a weekly timetable between two dates: one per entry
 * per school day of its weekday within its validity, with the times of the
 * bell schedule that applies on that date (copied, so a later change of the
 * bell schedule does not rewrite history).
 *
 * A period the day's bell schedule does not have yields no lesson: on a
 * shortened Wednesday with six periods, an entry for period 7 simply does not
 * take place. A day without any applicable bell schedule has no lessons.
 * Output is ordered by date, then start time, then the order of `entries`.
 *
 * @example
 * // Entry: Wednesday period 2. Wednesdays use the 40-minute schedule, except
 * // 2026-12-16, which has a date override with the normal schedule:
 * materializeLessons([wednesday2], { from: "2026-12-09", to: "2026-12-16", … })
 * // → 2026-12-09 09:10–09:50, 2026-12-16 09:20–10:10
 */
export function materializeLessons(entries: readonly TimetableEntryInput[], options: MaterializeOptions): MaterializedLesson[] {
  const schedules = new Map(
    options.bellSchedules.map((s) => [s.id, new Map(s.periods.map((p) => [p.number, p] as const))] as const),
  );
  const byDate = new Map<string, string>();
  const byWeekday = new Map<number, string>();
  for (const use of options.uses) {
    if (use.date !== null) byDate.set(use.date, use.bellScheduleId);
    else if (use.weekday !== null) byWeekday.set(use.weekday, use.bellScheduleId);
  }
  const entriesByWeekday = new Map<number, TimetableEntryInput[]>();
  for (const entry of entries) {
    const list = entriesByWeekday.get(entry.weekday) ?? [];
    list.push(entry);
    entriesByWeekday.set(entry.weekday, list);
  }

  const lessons: MaterializedLesson[] = [];
  for (const date of schoolDays(options.from, options.to, options.calendar)) {
    const weekday = isoWeekday(date);
    const scheduleId = byDate.get(date) ?? byWeekday.get(weekday);
    const periods = scheduleId === undefined ? undefined : schedules.get(scheduleId);
    if (!periods) continue;
    const ofDay: MaterializedLesson[] = [];
    for (const entry of entriesByWeekday.get(weekday) ?? []) {
      if (entry.validFrom > date || (entry.validUntil !== null && entry.validUntil < date)) continue;
      const period = periods.get(entry.period);
      if (!period) continue;
      ofDay.push({
        date,
        period: entry.period,
        startMinutes: period.startMinutes,
        endMinutes: period.endMinutes,
        groupId: entry.groupId,
        subjectId: entry.subjectId,
        staffId: entry.staffId,
        room: entry.room,
        timetableEntryId: entry.id,
      });
    }
    // A stable sort keeps the order of `entries` within one start time.
    lessons.push(...ofDay.sort((a, b) => a.startMinutes - b.startMinutes));
  }
  return lessons;
}
