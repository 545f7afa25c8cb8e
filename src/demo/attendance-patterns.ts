import type { AttendanceStatus } from "@/db/generated/prisma/enums";
import type { Rng } from "./random";

/** How a pupil tends to attend. Parameters that make a story (dates) are explicit. */
export type AttendancePattern =
  | { kind: "REGULAR" } // nearly always present: a rare sick day, a rare late arrival
  | { kind: "OFTEN_LATE" }
  | { kind: "SICK_OFTEN" } // short sick runs, more often than most
  | { kind: "SICK_FREQUENT_SHORT" } // a one- or two-day sick run every two weeks or so
  | { kind: "SICK_LONG"; from: string; schoolDays: number } // one long run from `from`
  | { kind: "TRUANT"; intensity: number } // whole days and single lessons skipped; 1 = typical
  | { kind: "STOPPED_COMING"; from: string } // absent without reason from `from` on
  | { kind: "HOLIDAY_ADJACENT"; dates: readonly string[]; reason: "HOLIDAY_WITHOUT_LEAVE" | null };

export interface PatternLesson {
  date: string; // YYYY-MM-DD
  start: number; // minutes after midnight
  end: number;
}

export interface AttendanceMark {
  status: AttendanceStatus;
  lateMinutes: number;
  reason: string | null;
}

interface Rates {
  sickStart: number; // per school day
  sickLength: readonly [number, number]; // school days
  medical: number; // per school day
  late: number; // per lesson; the first lesson of the day three times as much
  lateExcused: number;
  skipLesson: number;
  skipDay: number;
  sentOut: number;
}

const REGULAR: Rates = {
  sickStart: 0.008, sickLength: [1, 2], medical: 0.005, late: 0.004, lateExcused: 0.002, skipLesson: 0.0005, skipDay: 0, sentOut: 0,
};

function ratesOf(pattern: AttendancePattern): Rates {
  switch (pattern.kind) {
    case "OFTEN_LATE":
      return { ...REGULAR, late: 0.07, lateExcused: 0.005 };
    case "SICK_OFTEN":
      return { ...REGULAR, sickStart: 0.045, sickLength: [1, 3], medical: 0.012 };
    case "SICK_FREQUENT_SHORT":
      return { ...REGULAR, sickStart: 0 };
    case "TRUANT":
      return {
        ...REGULAR,
        late: 0.03,
        skipLesson: 0.1 * pattern.intensity,
        skipDay: 0.05 * pattern.intensity,
        sentOut: 0.004,
      };
    default:
      return REGULAR;
  }
}

const PRESENT: AttendanceMark = { status: "PRESENT", lateMinutes: 0, reason: null };
const mark = (status: AttendanceStatus, reason: string | null = null, lateMinutes = 0): AttendanceMark => ({ status, lateMinutes, reason });

/**
 * The statuses of one pupil's lessons under an attendance pattern, one mark
 * per lesson in the order given. Days are the distinct dates of `lessons`
 * (in order of appearance), so a sick run continues over a weekend or a
 * holiday exactly as the rules count it. Pure: the same rng state gives the
 * same marks; the rules benchmark uses it to make realistic pupils.
 *
 * @example
 * // A pupil who stopped coming on 12 October: every lesson from then on
 * attendanceStatuses({ kind: "STOPPED_COMING", from: "2026-10-12" }, lessons, rng)
 * // → …PRESENT…, then ABSENT_UNEXCUSED for every lesson dated 2026-10-12 or later
 */
export function attendanceStatuses(pattern: AttendancePattern, lessons: readonly PatternLesson[], rng: Rng): AttendanceMark[] {
  const rates = ratesOf(pattern);
  const days: number[][] = []; // lesson indexes per day, days in order of appearance
  const dayOf = new Map<string, number>();
  lessons.forEach((lesson, index) => {
    let day = dayOf.get(lesson.date);
    if (day === undefined) {
      day = days.length;
      dayOf.set(lesson.date, day);
      days.push([]);
    }
    days[day]!.push(index);
  });

  const marks: AttendanceMark[] = lessons.map(() => PRESENT);
  let sickDaysLeft = 0;
  let nextShortSick = pattern.kind === "SICK_FREQUENT_SHORT" ? rng.int(3, 8) : -1;
  let longSickLeft = pattern.kind === "SICK_LONG" ? pattern.schoolDays : 0;
  const special = new Set(pattern.kind === "HOLIDAY_ADJACENT" ? pattern.dates : []);

  days.forEach((indexes, day) => {
    const date = lessons[indexes[0]!]!.date;
    const setAll = (value: AttendanceMark, from = 0) => indexes.slice(from).forEach((i) => (marks[i] = value));

    if (pattern.kind === "STOPPED_COMING" && date >= pattern.from) return setAll(mark("ABSENT_UNEXCUSED"));
    if (pattern.kind === "HOLIDAY_ADJACENT" && special.has(date)) return setAll(mark("ABSENT_UNEXCUSED", pattern.reason));
    if (pattern.kind === "SICK_LONG" && date >= pattern.from && longSickLeft > 0) {
      longSickLeft--;
      return setAll(mark("SICK"));
    }
    if (day === nextShortSick) {
      sickDaysLeft = rng.int(1, 2);
      nextShortSick = day + rng.int(8, 11);
    }
    if (sickDaysLeft === 0 && rng.chance(rates.sickStart)) {
      sickDaysLeft = rng.int(rates.sickLength[0], rates.sickLength[1]);
      // Some go home sick during the day: the run starts at a later lesson.
      if (indexes.length > 2 && rng.chance(0.15)) {
        sickDaysLeft--;
        setAll(mark("SICK"), rng.int(1, indexes.length - 1));
        return;
      }
    }
    if (sickDaysLeft > 0) {
      sickDaysLeft--;
      return setAll(mark("SICK"));
    }
    if (rng.chance(rates.skipDay)) return setAll(mark("ABSENT_UNEXCUSED"));
    if (rng.chance(rates.medical)) {
      const first = rng.int(0, indexes.length - 1);
      const count = rng.int(1, 2);
      indexes.slice(first, first + count).forEach((i) => (marks[i] = mark("MEDICAL")));
    }
    indexes.forEach((i, position) => {
      if (marks[i] !== PRESENT) return;
      // Skipping is likelier in the last lessons of the day.
      const skip = rates.skipLesson * (position >= indexes.length - 2 ? 1.6 : 0.7);
      const late = rates.late * (position === 0 ? 3 : 1);
      if (rng.chance(skip)) marks[i] = mark("ABSENT_UNEXCUSED");
      else if (rng.chance(rates.sentOut)) marks[i] = mark("SCHOOL_INITIATED", "SENT_OUT");
      else if (rng.chance(late)) marks[i] = mark("LATE_UNEXCUSED", null, rng.int(2, 20));
      else if (rng.chance(rates.lateExcused)) marks[i] = mark("LATE_EXCUSED", null, rng.int(5, 25));
    });
  });
  return marks;
}
