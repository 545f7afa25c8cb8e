import { z } from "zod";
import { clockHoursFromMinutes, type TMinutes } from "@/rules";
import type { AttendanceStatus } from "@/db/generated/prisma/enums";

/** One registered lesson of the pupil, as the specification reads it. */
export type TSpecificationLesson = {
  date: string;
  period: number;
  startMinutes: number;
  endMinutes: number;
  status: AttendanceStatus;
  lateMinutes: number;
};

/** What counts as absence: unexcused lessons (every kind but O), or late minutes (O from late arrivals). */
export type TSpecificationCounts = "UNEXCUSED" | "LATE";

export const ZSpecificationDaySchema = z.object({
  date: z.string(),
  /** Clock hours of absence on this day, 2 decimals. */
  hours: z.number(),
  /** The lesson periods (lesuren) of that absence, ascending. */
  periods: z.array(z.number().int()),
  /** Every registered lesson of the day was missed without excuse. */
  allLessonsMissed: z.boolean(),
  /** Lessons counted here whose reason is not known yet (ABSENT_UNKNOWN): still to be called. */
  unknownReasonLessons: z.number().int(),
});

/** `DuoReport.specification`: DUO's verzuimspecificatie (verzuimdagen, verzuimuren). */
export const ZAbsenceSpecificationSchema = z.object({
  from: z.string(),
  to: z.string(),
  counts: z.enum(["UNEXCUSED", "LATE"]),
  days: z.array(ZSpecificationDaySchema),
  /** Total clock hours, rounded once from the total minutes (never a sum of rounded days). */
  hours: z.number(),
  /** Every registered day in [from, to] had all its lessons missed (and there was one). */
  allLessonsMissed: z.boolean(),
});
export type TSpecificationDay = z.infer<typeof ZSpecificationDaySchema>;
export type TAbsenceSpecification = z.infer<typeof ZAbsenceSpecificationSchema>;

const IGNORED = new Set<AttendanceStatus>(["UNREGISTERED", "CANCELLED"]);
const UNEXCUSED = new Set<AttendanceStatus>(["ABSENT_UNEXCUSED", "ABSENT_UNKNOWN"]);

/** The minutes a lesson adds to the specification (0: it does not count). */
function countedMinutes(lesson: TSpecificationLesson, counts: TSpecificationCounts): number {
  const duration = Math.max(0, lesson.endMinutes - lesson.startMinutes);
  if (counts === "LATE") return lesson.status === "LATE_UNEXCUSED" ? Math.min(lesson.lateMinutes, duration) : 0;
  return UNEXCUSED.has(lesson.status) ? duration : 0;
}

/**
 * DUO's verzuimspecificatie from the pupil's registered lessons in [from, to]
 * (inclusive, ISO dates): per day with absence its clock hours (from each
 * lesson's own start and end, RULES.md) and lesson periods, and whether all
 * lessons of that day — and of the whole period — were missed. Unregistered
 * and cancelled lessons are ignored, as by every rule; a day without
 * registered lessons neither makes nor breaks "all lessons missed".
 *
 * @example
 * // Monday: 8 lessons of 50 min all absent; Tuesday: present the first hour, absent 7.
 * buildAbsenceSpecification(lessons, { from: "2026-11-02", to: "2026-11-03", counts: "UNEXCUSED" })
 * // { days: [{ date: "2026-11-02", hours: 6.67, periods: [1..8], allLessonsMissed: true, … },
 * //          { date: "2026-11-03", hours: 5.83, periods: [2..8], allLessonsMissed: false, … }],
 * //   hours: 12.5, allLessonsMissed: false, … }
 */
export function buildAbsenceSpecification(
  lessons: readonly TSpecificationLesson[],
  options: { from: string; to: string; counts: TSpecificationCounts },
): TAbsenceSpecification {
  const byDate = new Map<string, TSpecificationLesson[]>();
  for (const lesson of lessons) {
    if (lesson.date < options.from || lesson.date > options.to || IGNORED.has(lesson.status)) continue;
    byDate.set(lesson.date, [...(byDate.get(lesson.date) ?? []), lesson]);
  }

  const days: TSpecificationDay[] = [];
  let totalMinutes = 0;
  let everyDayMissed = byDate.size > 0;
  for (const date of [...byDate.keys()].sort()) {
    const registered = byDate.get(date)!;
    const allLessonsMissed = registered.every((lesson) => UNEXCUSED.has(lesson.status));
    everyDayMissed &&= allLessonsMissed;
    const counted = registered.filter((lesson) => countedMinutes(lesson, options.counts) > 0);
    if (counted.length === 0) continue;
    const minutes = counted.reduce((sum, lesson) => sum + countedMinutes(lesson, options.counts), 0);
    totalMinutes += minutes;
    days.push({
      date,
      hours: clockHoursFromMinutes(minutes as TMinutes),
      periods: [...new Set(counted.map((lesson) => lesson.period))].sort((a, b) => a - b),
      allLessonsMissed,
      unknownReasonLessons: counted.filter((lesson) => lesson.status === "ABSENT_UNKNOWN").length,
    });
  }
  return {
    from: options.from,
    to: options.to,
    counts: options.counts,
    days,
    hours: clockHoursFromMinutes(totalMinutes as TMinutes),
    allLessonsMissed: everyDayMissed,
  };
}
