import type { AttendanceStatus } from "@/db/generated/prisma/enums";
import { isoWeekday } from "@/calendar/iso-weekday";
import { isSchoolDay } from "@/calendar/school-days";
import { addDays } from "@/calendar/school-time";
import { STATUS_LABELS } from "@/registration/status-labels";
import { formatHours } from "@/ui/hours";
import { type TDayCategory, worstCategory } from "./day-category";
import { monthName, weekdayDate } from "./dutch-dates";

/** One status on one day: how many lessons, their clock minutes and late minutes. */
export interface TDayStatusCount {
  status: AttendanceStatus;
  lessons: number;
  minutes: number;
  lateMinutes: number;
}

export type TCellKind = TDayCategory | "WEEKEND" | "HOLIDAY" | "FREE_DAY" | "PUBLIC_HOLIDAY" | "NO_LESSONS" | "FUTURE";

export interface TCalendarCell {
  date: string;
  kind: TCellKind;
  /** Date and what happened, for screen readers and the tooltip. */
  summary: string;
  /** Labels of the signals whose period covers the day. */
  signals: string[];
}

export interface TCalendarMonth {
  key: string; // "2026-11"
  name: string; // "november 2026"
  /** Weeks Monday to Sunday; null pads the days of other months. */
  weeks: (TCalendarCell | null)[][];
}

export interface TYearCalendarInput {
  yearStart: string;
  yearEnd: string;
  today: string;
  holidays: readonly { name: string; start: string; end: string }[];
  freeDays: readonly { name: string; date: string }[];
  days: ReadonlyMap<string, readonly TDayStatusCount[]>;
  signals: readonly { label: string; start: string; end: string | null }[];
}

const UNEXCUSED: ReadonlySet<AttendanceStatus> = new Set(["ABSENT_UNEXCUSED", "ABSENT_UNKNOWN"]);
const STATUS_ORDER = Object.keys(STATUS_LABELS);
const OFF: ReadonlySet<TCellKind> = new Set(["WEEKEND", "HOLIDAY", "FREE_DAY", "PUBLIC_HOLIDAY"]);

/** "4 lessen: 3× Aanwezig, 1× Ongeoorloofd afwezig (0,8 u)" */
export function describeDay(statuses: readonly TDayStatusCount[]): string {
  const counted = statuses.filter((s) => s.status !== "CANCELLED");
  const total = counted.reduce((sum, s) => sum + s.lessons, 0);
  const parts = [...counted]
    .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status))
    .map((s) => {
      const extra = UNEXCUSED.has(s.status) ? ` (${formatHours(s.minutes)})` : s.lateMinutes > 0 ? ` (${s.lateMinutes} min)` : "";
      return `${s.lessons}× ${STATUS_LABELS[s.status].toLowerCase()}${extra}`;
    });
  return `${total} ${total === 1 ? "les" : "lessen"}: ${parts.join(", ")}`;
}

/**
 * The school year as month grids for the case file: each day coloured by
 * its worst category (see `worstCategory`), days without school greyed
 * with the reason, days still to come left open, and the signals whose
 * period covers a day listed with it (an open signal runs to today).
 *
 * @example
 * buildYearCalendar({ yearStart: "2026-08-01", yearEnd: "2027-07-31", today: "2026-11-23", … })[3]!.name // "november 2026"
 */
export function buildYearCalendar(input: TYearCalendarInput): TCalendarMonth[] {
  const calendar = { holidays: input.holidays, freeDays: input.freeDays.map((d) => d.date) };
  const months: TCalendarMonth[] = [];
  for (let first = input.yearStart; first <= input.yearEnd; first = firstOfNextMonth(first)) {
    const week: (TCalendarCell | null)[] = Array.from({ length: isoWeekday(first) - 1 }, () => null);
    const weeks = [week];
    for (let date = first; date.slice(0, 7) === first.slice(0, 7) && date <= input.yearEnd; date = addDays(date, 1)) {
      if (weeks.at(-1)!.length === 7) weeks.push([]);
      weeks.at(-1)!.push(cellFor(date, input, calendar));
    }
    while (weeks.at(-1)!.length < 7) weeks.at(-1)!.push(null);
    months.push({ key: first.slice(0, 7), name: monthName(first), weeks });
  }
  return months;
}

function cellFor(date: string, input: TYearCalendarInput, calendar: { holidays: TYearCalendarInput["holidays"]; freeDays: string[] }): TCalendarCell {
  const [kind, what] = kindOf(date, input, calendar);
  // Only school days carry a signal's outline: weekends and holidays inside a period count no hours.
  const signals = OFF.has(kind) ? [] : input.signals.filter((s) => s.start <= date && date <= (s.end ?? input.today) && date <= input.today).map((s) => s.label);
  const summary = `${weekdayDate(date)}: ${what}${signals.length ? `. Signaal: ${signals.join(", ")}` : ""}`;
  return { date, kind, summary, signals };
}

function kindOf(date: string, input: TYearCalendarInput, calendar: { holidays: TYearCalendarInput["holidays"]; freeDays: string[] }): [TCellKind, string] {
  if (isoWeekday(date) > 5) return ["WEEKEND", "weekend"];
  const holiday = input.holidays.find((h) => h.start <= date && date <= h.end);
  if (holiday) return ["HOLIDAY", holiday.name];
  const free = input.freeDays.find((d) => d.date === date);
  if (free) return ["FREE_DAY", free.name];
  if (!isSchoolDay(date, calendar)) return ["PUBLIC_HOLIDAY", "feestdag"];
  const statuses = input.days.get(date) ?? [];
  const category = worstCategory(statuses.map((s) => s.status));
  if (category) return [category, describeDay(statuses)];
  return date >= input.today ? ["FUTURE", date === input.today ? "vandaag, nog niets geregistreerd" : "nog niet"] : ["NO_LESSONS", "geen lessen"];
}

function firstOfNextMonth(date: string): string {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
}
