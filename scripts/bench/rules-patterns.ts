import { isoWeekday, type TDayNumber } from "../../src/rules/day-number";
import { formatIsoDate } from "../../src/rules/format-iso-date";
import { REASON, STATUS } from "../../src/rules/lesson-codes";
import { createLessonColumns, type TLessonColumns } from "../../src/rules/lesson-columns";
import type { TRulesPupil } from "../../src/rules/rules-input-schema";

/*
 * Attendance patterns for the rules benchmark, as one pure function: the same
 * (pupil index, school days, seed) always gives the same lessons. Kept apart so
 * that the shared demo-data generator can replace it without touching the
 * benchmark itself.
 */

export type TPatternName = "regular" | "late" | "sickly" | "long-sick" | "truant" | "luxury" | "dropout";

export interface TGeneratedPupil {
  pupil: TRulesPupil;
  pattern: TPatternName;
  lessons: TLessonColumns;
}

export interface TPatternOptions {
  seed: number;
  /** The school days of the year, ascending. */
  schoolDays: readonly TDayNumber[];
  /** First days after each holiday and last days before it, for holiday-related patterns. */
  holidayEdges: readonly TDayNumber[];
  /** The pupil who stops coming (one per school). */
  dropoutIndex: number;
}

/** mulberry32: small, fast and good enough for test data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pickPattern(random: () => number): TPatternName {
  const r = random();
  if (r < 0.74) return "regular";
  if (r < 0.83) return "late";
  if (r < 0.9) return "sickly";
  if (r < 0.93) return "long-sick";
  if (r < 0.97) return "truant";
  return "luxury";
}

/** Periods of the bell schedule: 50 minutes, breaks after the 2nd and 4th; Fridays use 45-minute periods. 6 or 7 a day. */
const PERIOD_STARTS = [510, 560, 625, 675, 745, 795, 845];
const FRIDAY_STARTS = [510, 555, 615, 660, 720, 765, 810];

/**
 * One pupil's school year: a timetable of 6 or 7 lessons a day depending on the
 * class and weekday, and a registration per lesson following the pupil's pattern.
 *
 * @example generatePupilLessons(7, { seed: 1, schoolDays, holidayEdges, dropoutIndex: 7 }).pattern // "dropout"
 */
export function generatePupilLessons(index: number, options: TPatternOptions): TGeneratedPupil {
  const random = prng(options.seed * 1_000_003 + index * 7919 + 17);
  const pattern: TPatternName = index === options.dropoutIndex ? "dropout" : pickPattern(random);
  const schoolDays = options.schoolDays;
  const lessons = createLessonColumns(schoolDays.length * 7);
  const classIndex = index % 60;
  // Born 2007-2012: some pupils turn 18 during the year, a few have a startkwalificatie.
  const birthDay = (13_514 + Math.floor(random() * 365 * 5.5)) as TDayNumber;
  const pupil: TRulesPupil = {
    id: `pupil-${index}`,
    birthDate: formatIsoDate(birthDay),
    startkwalificatie: birthDay < 14_300 && random() < 0.2,
  };

  const holidayEdges = new Set<number>(options.holidayEdges);
  const dropoutFrom = Math.floor(schoolDays.length * (0.4 + random() * 0.3));
  const longSickFrom = Math.floor(random() * (schoolDays.length - 40));
  const longSickDays = 10 + Math.floor(random() * 30);
  let sickLeft = 0;
  let count = 0;

  for (let d = 0; d < schoolDays.length; d++) {
    const day = schoolDays[d]!;
    const weekday = isoWeekday(day);
    const periods = (weekday + classIndex) % 5 < 2 ? 7 : 6;
    const starts = weekday === 5 ? FRIDAY_STARTS : PERIOD_STARTS;
    const length = weekday === 5 ? 45 : 50;

    // Whole-day decisions first.
    let dayStatus = 0;
    let dayReason: number = REASON.NONE;
    if (sickLeft > 0) {
      sickLeft--;
      dayStatus = STATUS.SICK;
    } else if (pattern === "dropout" && d >= dropoutFrom) {
      dayStatus = STATUS.ABSENT_UNEXCUSED;
    } else if (pattern === "long-sick" && d >= longSickFrom && d < longSickFrom + longSickDays) {
      dayStatus = STATUS.SICK;
    } else {
      const sickChance = pattern === "sickly" ? 0.06 : 0.015;
      if (random() < sickChance) {
        sickLeft = Math.floor(random() * (pattern === "sickly" ? 4 : 3));
        dayStatus = STATUS.SICK;
      } else if (pattern === "truant" && random() < 0.04) {
        dayStatus = random() < 0.8 ? STATUS.ABSENT_UNEXCUSED : STATUS.ABSENT_UNKNOWN;
      } else if (pattern === "luxury" && holidayEdges.has(day) && random() < 0.5) {
        dayStatus = STATUS.ABSENT_UNEXCUSED;
        dayReason = REASON.HOLIDAY_WITHOUT_LEAVE;
      } else if (random() < 0.004) {
        dayStatus = STATUS.MEDICAL;
      }
    }

    for (let p = 0; p < periods; p++) {
      let status: number = dayStatus;
      let reason = dayReason;
      let late = 0;
      const r = random();
      if (r < 0.01) {
        status = STATUS.UNREGISTERED;
      } else if (r < 0.018) {
        status = STATUS.CANCELLED;
      } else if (status === 0) {
        const skip = pattern === "truant" ? 0.05 : 0.002;
        const lateChance = p === 0 ? (pattern === "late" ? 0.08 : 0.006) : 0.001;
        const s = random();
        if (s < skip) {
          status = STATUS.ABSENT_UNEXCUSED;
        } else if (s < skip + lateChance) {
          status = random() < 0.7 ? STATUS.LATE_UNEXCUSED : STATUS.LATE_EXCUSED;
          late = 1 + Math.floor(random() * 20);
        } else if (s < skip + lateChance + 0.002) {
          status = STATUS.ABSENT_UNKNOWN;
        } else {
          status = STATUS.PRESENT;
        }
        reason = REASON.NONE;
      }
      lessons.day[count] = day;
      lessons.startMinute[count] = starts[p]!;
      lessons.endMinute[count] = starts[p]! + length;
      lessons.status[count] = status;
      lessons.reason[count] = reason;
      lessons.lateMinutes[count] = late;
      count++;
    }
  }
  lessons.length = count;
  return { pupil, pattern, lessons };
}
