import { z } from "zod";

import {
  clockHoursFromMinutes,
  formatIsoDate,
  LESSON_STATUSES,
  parseIsoDate,
  REASON,
  STATUS,
  type TDayNumber,
  type TMinutes,
  type TPreparedCalendar,
  type TSignal,
  type TSignalKind,
} from "@/rules";

import type { TPupilLessons } from "./pupil-lessons";

/** At most this many lessons are listed; a longer period keeps its first and last half of them. */
export const MAX_EVIDENCE_LESSONS = 200;

export const ZEvidenceLessonSchema = z.object({
  date: z.string(),
  period: z.number().int(),
  start: z.string(),
  end: z.string(),
  status: z.enum(LESSON_STATUSES),
  /** What this lesson adds: its duration, or the late minutes of a late lesson, in clock hours. */
  hours: z.number(),
});

/** `Signal.evidence`: the lessons behind a signal, in date order. */
export const ZSignalEvidenceSchema = z.object({
  lessons: z.array(ZEvidenceLessonSchema),
  /** All lessons behind the signal, also those left out of `lessons`. */
  lessonCount: z.number().int(),
  /** Their clock hours together. */
  hours: z.number(),
  /** Lessons left out of the middle of `lessons` to keep it bounded. */
  omitted: z.number().int(),
});

export type TEvidenceLesson = z.infer<typeof ZEvidenceLessonSchema>;
export type TSignalEvidence = z.infer<typeof ZSignalEvidenceSchema>;

const UNEXCUSED = new Set<number>([STATUS.ABSENT_UNEXCUSED, STATUS.ABSENT_UNKNOWN]);
const ABSENT = new Set<number>([
  STATUS.SICK, STATUS.MEDICAL, STATUS.LEAVE, STATUS.SCHOOL_INITIATED, STATUS.OTHER_EXCUSED, STATUS.ABSENT_UNEXCUSED, STATUS.ABSENT_UNKNOWN,
]);

/** The minutes a lesson adds to a signal of this kind, or -1 when it is not part of its evidence. */
type TCounts = (status: number, reason: number, minutes: number, lateMinutes: number, lateCountsAsAbsence: boolean) => number;

const unexcused: TCounts = (status, _reason, minutes, late, lateCounts) =>
  UNEXCUSED.has(status) ? minutes : lateCounts && status === STATUS.LATE_UNEXCUSED ? Math.min(late, minutes) : -1;
const sick: TCounts = (status, _reason, minutes) => (status === STATUS.SICK ? minutes : -1);

const COUNTS: Record<TSignalKind, TCounts> = {
  RELATIVE_16H: unexcused,
  LONG_TERM_RELATIVE: unexcused,
  RMC_18PLUS: unexcused,
  RMC_18PLUS_FOLLOWUP: unexcused,
  UNEXCUSED_LETTER: unexcused,
  LUXURY: (status, reason, minutes) => (status === STATUS.ABSENT_UNEXCUSED && reason === REASON.HOLIDAY_WITHOUT_LEAVE ? minutes : -1),
  LUXURY_SUSPECTED: (status, reason, minutes) =>
    status === STATUS.ABSENT_UNKNOWN || (status === STATUS.ABSENT_UNEXCUSED && reason !== REASON.HOLIDAY_WITHOUT_LEAVE) ? minutes : -1,
  SICKNESS_NEAR_HOLIDAY: sick,
  SICKNESS_LONG: sick,
  SICKNESS_FREQUENT: sick,
  LATE_ARRIVALS: (status, _reason, minutes, late) => (status === STATUS.LATE_UNEXCUSED ? Math.min(late, minutes) : -1),
  HOMEBOUND: (status, _reason, minutes) => (ABSENT.has(status) ? minutes : -1),
  SUSPENSION_TOO_LONG: (status, reason, minutes) => (status === STATUS.SCHOOL_INITIATED && reason === REASON.SUSPENSION ? minutes : -1),
};

const PRESENT_GROUP = new Set<number>([STATUS.PRESENT, STATUS.LATE_EXCUSED, STATUS.LATE_UNEXCUSED]);
const NOT_HELD = new Set<number>([STATUS.UNREGISTERED, STATUS.CANCELLED]);

/**
 * The holiday-side warnings count only absent days (RULES.md: the whole day
 * missed), LUXURY_SUSPECTED only those without a SICK lesson: the days in
 * [from, to] whose lessons count, or null when every day's do. With more than
 * 2 `holidayAdjacentDays` a day between two such days may not count, and its
 * lessons must not be listed as evidence.
 *
 * @example
 * // Friday all unexcused, Thursday one lesson missed, Wednesday all unexcused: Wednesday and Friday.
 */
function countingDays(kind: TSignalKind, lessons: TPupilLessons, from: number, to: number, presentDays: ReadonlySet<number> | undefined): Set<number> | null {
  if (kind !== "LUXURY_SUSPECTED" && kind !== "SICKNESS_NEAR_HOLIDAY") return null;
  const { columns } = lessons;
  const present = new Set<number>();
  const sick = new Set<number>();
  for (let k = 0; k < columns.length; k++) {
    const day = columns.day[k]!;
    const status = columns.status[k]!;
    if (day < from || day > to || NOT_HELD.has(status)) continue;
    if (PRESENT_GROUP.has(status)) present.add(day);
    if (status === STATUS.SICK) sick.add(day);
  }
  if (presentDays) for (const day of presentDays) if (day >= from && day <= to) present.add(day);
  const days = new Set<number>();
  for (let day = from; day <= to; day++) {
    if (!present.has(day) && sick.has(day) === (kind === "SICKNESS_NEAR_HOLIDAY")) days.add(day);
  }
  return days;
}

const clock = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/**
 * The lessons behind one signal: the school-day lessons in [start, end] (an
 * open signal: up to `asOf`) that count for its kind — unexcused lessons for
 * the 16-hour, LRV, RMC and letter signals, holiday-without-leave lessons for
 * LUXURY, sick lessons for the sickness signals, late lessons (their late
 * minutes) for LATE_ARRIVALS, every absence for HOMEBOUND; for the holiday-side
 * warnings only on the whole days missed that they count. For RELATIVE_16H and
 * LUXURY_SUSPECTED the hours add up to the signal's `hours`.
 *
 * @example
 * // An LRV open since February lists its first 100 and last 100 lessons, with `omitted` the rest.
 */
export function buildSignalEvidence(
  signal: TSignal,
  lessons: TPupilLessons,
  options: {
    asOf: string;
    prepared: TPreparedCalendar;
    lateCountsAsAbsence: boolean;
    /**
     * The days with a lesson in group (from the per-day rollup), when `lessons` leaves out the PRESENT and
     * LATE_EXCUSED lessons: no kind lists them, but the holiday-side kinds skip the days they were on.
     */
    presentDays?: ReadonlySet<number>;
  },
): TSignalEvidence {
  const from = parseIsoDate(signal.start)!;
  const to = parseIsoDate(signal.end ?? options.asOf)!;
  const counts = COUNTS[signal.kind];
  const { columns, period } = lessons;
  const { prepared } = options;
  const days = countingDays(signal.kind, lessons, from, to, options.presentDays);

  const picked: { index: number; minutes: number }[] = [];
  let total = 0;
  for (let k = 0; k < columns.length; k++) {
    const day = columns.day[k]!;
    if (day < from || day > to || prepared.schoolDay[day - prepared.from] !== 1) continue;
    if (days !== null && !days.has(day)) continue;
    const duration = columns.endMinute[k]! - columns.startMinute[k]!;
    const minutes = counts(columns.status[k]!, columns.reason[k]!, duration, columns.lateMinutes[k]!, options.lateCountsAsAbsence);
    if (minutes < 0) continue;
    picked.push({ index: k, minutes });
    total += minutes;
  }
  // Date order, then time and period: the same evidence for the same data, so an unchanged signal is never rewritten.
  picked.sort((a, b) => columns.day[a.index]! - columns.day[b.index]! || columns.startMinute[a.index]! - columns.startMinute[b.index]! || period[a.index]! - period[b.index]!);

  const half = MAX_EVIDENCE_LESSONS / 2;
  const listed = picked.length > MAX_EVIDENCE_LESSONS ? [...picked.slice(0, half), ...picked.slice(-half)] : picked;
  return {
    lessons: listed.map(({ index, minutes }) => ({
      date: formatIsoDate(columns.day[index]! as TDayNumber),
      period: period[index]!,
      start: clock(columns.startMinute[index]!),
      end: clock(columns.endMinute[index]!),
      status: LESSON_STATUSES[columns.status[index]! - 1]!,
      hours: clockHoursFromMinutes(minutes as TMinutes),
    })),
    lessonCount: picked.length,
    hours: clockHoursFromMinutes(total as TMinutes),
    omitted: picked.length - listed.length,
  };
}
