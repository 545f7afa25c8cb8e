import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DAY_FLAG } from "./day-table";
import { evaluatePupilDays } from "./evaluate-pupil-days";
import { evaluatePupilLessons } from "./evaluate-pupil-lessons";
import { formatIsoDate } from "./format-iso-date";
import { lessonColumnsFromLessons } from "./lesson-columns-from-lessons";
import { parseIsoDate } from "./parse-iso-date";
import { prepareCalendar } from "./prepare-calendar";
import { arbitraryPupil } from "./rules-arbitraries";
import { dayLessons } from "./rules-test-kit";
import { sumLessonsPerDay } from "./sum-lessons-per-day";

function preparedFor(input: (typeof arbitraryPupil extends fc.Arbitrary<infer T> ? T : never)["input"]) {
  let from = parseIsoDate(input.asOf)!;
  for (const lesson of input.lessons) from = Math.min(from, parseIsoDate(lesson.date)!) as typeof from;
  return prepareCalendar(input.calendar, { from: formatIsoDate(from), to: input.asOf });
}

describe("evaluatePupilDays", () => {
  it("gives the same output from the lessons summed per day as from the lessons, for any pupil, profile and asOf", () => {
    fc.assert(
      fc.property(arbitraryPupil, fc.nat(), ({ input }, cut) => {
        const prepared = preparedFor(input);
        const columns = lessonColumnsFromLessons(input.lessons);
        // Any asOf inside the calendar: the sums also hold days after it, which must be skipped.
        const asOf = formatIsoDate((prepared.from + (cut % prepared.length)) as Parameters<typeof formatIsoDate>[0]);
        const options = { asOf, profile: input.profile, settings: input.settings };
        const expected = evaluatePupilLessons(input.pupil, columns, prepared, options);
        expect(evaluatePupilDays(input.pupil, sumLessonsPerDay(columns), prepared, options)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("sums a day's lessons into one entry, and leaves out unregistered and cancelled lessons", () => {
    const lessons = dayLessons("2025-01-06", { status: ["PRESENT", "ABSENT_UNKNOWN", "LATE_UNEXCUSED", "UNREGISTERED", "CANCELLED"], minutes: 50 });
    lessons[2] = { ...lessons[2]!, lateMinutes: 70 };
    const sums = sumLessonsPerDay(lessonColumnsFromLessons(lessons));
    expect(sums.length).toBe(1);
    expect(sums.flags[0]).toBe(DAY_FLAG.REGISTERED | DAY_FLAG.PRESENT | DAY_FLAG.SUSPECT);
    expect([sums.registeredMinutes[0], sums.absentMinutes[0], sums.unknownMinutes[0], sums.lateMinutes[0], sums.lateLessons[0]]).toEqual([150, 50, 50, 50, 1]);
    expect(sumLessonsPerDay(lessonColumnsFromLessons(lessons.slice(3))).length).toBe(0);
  });
});
