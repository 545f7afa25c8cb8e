import { isoWeekday, type TDayNumber } from "./day-number";
import { evaluatePupil } from "./evaluate-pupil";
import { formatIsoDate } from "./format-iso-date";
import type { TLessonStatus } from "./lesson-codes";
import { parseIsoDate } from "./parse-iso-date";
import { ZRulesInputSchema, type TRulesInput, type TRulesInputJson, type TRulesLesson } from "./rules-input-schema";
import type { TRulesOutput, TSignal, TSignalKind } from "./rules-output";

/*
 * Builders for the named example tests: a pupil, a calendar and lessons per
 * day in a few lines, so that each test reads as the situation it describes.
 */

/** How one day's lessons are registered: one status for all, or one per lesson. */
export interface TDaySpec {
  status: TLessonStatus | readonly TLessonStatus[];
  reason?: string | null;
  lateMinutes?: number;
  /** Lessons that day (default 6). */
  count?: number;
  /** Minutes per lesson (default 60). */
  minutes?: number;
}

/** The Monday-to-Friday dates in [from, to]. */
export function weekdays(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = parseIsoDate(from)!; day <= parseIsoDate(to)!; day++) {
    if (isoWeekday(day as TDayNumber) <= 5) dates.push(formatIsoDate(day as TDayNumber));
  }
  return dates;
}

/** Adds `days` calendar days to an ISO date. */
export function addDays(date: string, days: number): string {
  return formatIsoDate((parseIsoDate(date)! + days) as TDayNumber);
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** One day's lessons, back to back from 08:30. */
export function dayLessons(date: string, spec: TDaySpec | TLessonStatus): TRulesLesson[] {
  const day: TDaySpec = typeof spec === "string" ? { status: spec } : spec;
  const statuses = typeof day.status === "string" ? Array(day.count ?? 6).fill(day.status) : day.status;
  const minutes = day.minutes ?? 60;
  return statuses.map((status: TLessonStatus, index: number) => ({
    date,
    start: clock(510 + index * minutes),
    end: clock(510 + (index + 1) * minutes),
    status,
    reason: day.reason ?? null,
    lateMinutes: status === "LATE_UNEXCUSED" || status === "LATE_EXCUSED" ? (day.lateMinutes ?? 10) : 0,
  }));
}

/**
 * Lessons on every weekday in [from, to]: PRESENT by default, or what `days`
 * says for a date (`null`: no lessons that day).
 */
export function schoolLessons(
  from: string,
  to: string,
  days: Record<string, TDaySpec | TLessonStatus | null> = {},
  fallback: TDaySpec | TLessonStatus = "PRESENT",
): TRulesLesson[] {
  return weekdays(from, to).flatMap((date) => {
    const spec = date in days ? days[date] : fallback;
    return spec === null || spec === undefined ? [] : dayLessons(date, spec);
  });
}

/** The same spec on each of `dates`. */
export function on(dates: readonly string[], spec: TDaySpec | TLessonStatus): Record<string, TDaySpec | TLessonStatus> {
  return Object.fromEntries(dates.map((date) => [date, spec]));
}

export interface TInputOptions extends Partial<Omit<TRulesInputJson, "pupil" | "lessons" | "calendar">> {
  birthDate?: string;
  startkwalificatie?: boolean;
  holidays?: { name?: string; start: string; end: string }[];
  freeDays?: string[];
}

/** A validated input; the pupil is 14 in 2025 unless `birthDate` says otherwise. */
export function rulesInput(lessons: readonly TRulesLesson[], options: TInputOptions = {}): TRulesInput {
  const { birthDate, startkwalificatie, holidays, freeDays, ...rest } = options;
  const lastDate = lessons.reduce((last, lesson) => (lesson.date > last ? lesson.date : last), "0000-01-01");
  return ZRulesInputSchema.parse({
    asOf: lastDate,
    profile: "default",
    ...rest,
    calendar: { holidays: holidays ?? [], freeDays: freeDays ?? [], publicHolidays: null },
    pupil: { id: "p1", birthDate: birthDate ?? "2010-05-01", startkwalificatie: startkwalificatie ?? false },
    lessons,
  });
}

/** Evaluates and returns the signals of one kind (or all). */
export function signals(input: TRulesInput, kind?: TSignalKind): TSignal[] {
  const output: TRulesOutput = evaluatePupil(input);
  return kind === undefined ? output.signals : output.signals.filter((signal) => signal.kind === kind);
}

/** A signal with every field, for `toEqual` against a full expectation. */
export function signal(fields: Partial<TSignal> & Pick<TSignal, "kind" | "start" | "reachedOn">): TSignal {
  return {
    mandatory: false,
    repeat: false,
    end: fields.reachedOn,
    hours: null,
    dueBy: null,
    provisional: false,
    level: null,
    count: null,
    ...fields,
  };
}
