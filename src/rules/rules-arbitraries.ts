import fc from "fast-check";
import type { TLessonStatus } from "./lesson-codes";
import { PROFILE_NAMES } from "./profiles";
import type { TRulesInput, TRulesLesson } from "./rules-input-schema";
import { addDays, dayLessons, rulesInput, weekdays } from "./rules-test-kit";

/*
 * fast-check arbitraries for the property tests: a pupil of 5 to 19 weeks
 * with realistic day patterns (mostly present, streaks of truancy or
 * sickness long enough for LRV and HOMEBOUND), a holiday, any profile and any age.
 */

const FIRST_MONDAY = "2025-01-06";

type TLessonPick = { status: TLessonStatus; reason: string | null };

const lessonPick: fc.Arbitrary<TLessonPick> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({ status: "PRESENT" as const, reason: null }) },
  { weight: 4, arbitrary: fc.constant({ status: "ABSENT_UNEXCUSED" as const, reason: null }) },
  { weight: 1, arbitrary: fc.constant({ status: "ABSENT_UNEXCUSED" as const, reason: "HOLIDAY_WITHOUT_LEAVE" }) },
  { weight: 1, arbitrary: fc.constant({ status: "ABSENT_UNKNOWN" as const, reason: null }) },
  { weight: 2, arbitrary: fc.constant({ status: "SICK" as const, reason: null }) },
  { weight: 1, arbitrary: fc.constant({ status: "LATE_UNEXCUSED" as const, reason: null }) },
  { weight: 1, arbitrary: fc.constant({ status: "LATE_EXCUSED" as const, reason: null }) },
  { weight: 1, arbitrary: fc.constant({ status: "MEDICAL" as const, reason: null }) },
  { weight: 1, arbitrary: fc.constant({ status: "SCHOOL_INITIATED" as const, reason: "SUSPENSION" }) },
  { weight: 1, arbitrary: fc.constant({ status: "UNREGISTERED" as const, reason: null }) },
  { weight: 1, arbitrary: fc.constant({ status: "CANCELLED" as const, reason: null }) },
);

const dayPattern = fc.record({
  kind: fc.constantFrom("present", "present", "present", "mixed", "absent", "sick"),
  count: fc.integer({ min: 1, max: 7 }),
  minutes: fc.constantFrom(40, 45, 50, 60),
  mixed: fc.array(lessonPick, { minLength: 7, maxLength: 7 }),
});

const streak = fc.record({
  from: fc.integer({ min: 0, max: 90 }),
  days: fc.integer({ min: 0, max: 45 }),
  pick: fc.constantFrom<TLessonPick>(
    { status: "ABSENT_UNEXCUSED", reason: null },
    { status: "ABSENT_UNEXCUSED", reason: null },
    { status: "SICK", reason: null },
    { status: "ABSENT_UNKNOWN", reason: null },
  ),
});

export interface TArbitraryPupil {
  input: TRulesInput;
  holiday: { start: string; end: string };
}

/** A whole input with a holiday somewhere in its weeks. */
export const arbitraryPupil: fc.Arbitrary<TArbitraryPupil> = fc
  .record({
    weeks: fc.integer({ min: 5, max: 19 }),
    days: fc.array(dayPattern, { minLength: 95, maxLength: 95 }),
    streaks: fc.array(streak, { maxLength: 2 }),
    holidayStart: fc.integer({ min: 5, max: 80 }),
    holidayLength: fc.integer({ min: 1, max: 16 }),
    birthDate: fc.constantFrom("2010-05-01", "2007-03-10", "2007-02-20", "2006-01-01", "2009-03-15", "2019-11-20"),
    startkwalificatie: fc.boolean(),
    profile: fc.constantFrom(...PROFILE_NAMES),
  })
  .map(({ weeks, days, streaks, holidayStart, holidayLength, birthDate, startkwalificatie, profile }) => {
    const dates = weekdays(FIRST_MONDAY, addDays(FIRST_MONDAY, weeks * 7 - 3));
    const lessons: TRulesLesson[] = dates.flatMap((date, index) => {
      const day = days[index]!;
      const inStreak = streaks.find((s) => index >= s.from && index < s.from + s.days);
      const picks: TLessonPick[] = inStreak
        ? Array(day.count).fill(inStreak.pick)
        : day.kind === "mixed"
          ? day.mixed.slice(0, day.count)
          : Array(day.count).fill(
              day.kind === "absent"
                ? { status: "ABSENT_UNEXCUSED", reason: null }
                : day.kind === "sick"
                  ? { status: "SICK", reason: null }
                  : { status: "PRESENT", reason: null },
            );
      return dayLessons(date, { status: picks.map((p) => p.status), minutes: day.minutes }).map((lesson, n) => ({
        ...lesson,
        reason: picks[n]!.reason,
      }));
    });
    const holiday = { start: addDays(FIRST_MONDAY, holidayStart), end: addDays(FIRST_MONDAY, holidayStart + holidayLength - 1) };
    const input = rulesInput(lessons, {
      birthDate,
      startkwalificatie,
      profile,
      holidays: [{ name: "Vakantie", ...holiday }],
      asOf: dates.at(-1)!,
    });
    return { input, holiday };
  });
