import { describe, expect, it } from "vitest";
import { evaluatePupil } from "./evaluate-pupil";
import { evaluatePupilLessons } from "./evaluate-pupil-lessons";
import { lessonColumnsFromLessons } from "./lesson-columns-from-lessons";
import { prepareCalendar } from "./prepare-calendar";
import { on, rulesInput, schoolLessons, weekdays } from "./rules-test-kit";

const CALENDAR = {
  holidays: [{ name: "Voorjaarsvakantie", start: "2025-02-15", end: "2025-02-23" }],
  freeDays: [],
  publicHolidays: null,
};

const truant = schoolLessons("2025-01-06", "2025-04-04", {
  ...on(weekdays("2025-02-03", "2025-03-21"), "ABSENT_UNEXCUSED"),
  ...on(["2025-01-08", "2025-01-09"], "SICK"),
});
const sick = schoolLessons("2025-01-06", "2025-04-04", on(weekdays("2025-01-13", "2025-01-31"), "SICK"));

describe("evaluatePupilLessons: many pupils against one prepared calendar", () => {
  const prepared = prepareCalendar(CALENDAR, { from: "2024-08-01", to: "2025-07-31" });
  const options = { asOf: "2025-04-04", profile: "twente" as const };
  const single = (lessons: typeof truant) =>
    evaluatePupil(rulesInput(lessons, { asOf: "2025-04-04", profile: "twente", holidays: CALENDAR.holidays }));

  it("gives what evaluatePupil gives, pupil after pupil, with lesson objects or columns", () => {
    const pupil = { id: "p1", birthDate: "2010-05-01", startkwalificatie: false };
    const expectedTruant = single(truant);
    const expectedSick = single(sick);
    expect(expectedTruant.signals.length).toBeGreaterThan(5);
    expect(evaluatePupilLessons(pupil, truant, prepared, options)).toEqual(expectedTruant);
    // The buffers reused from the previous pupil must not leak into this one.
    expect(evaluatePupilLessons(pupil, sick, prepared, options)).toEqual(expectedSick);
    expect(evaluatePupilLessons(pupil, lessonColumnsFromLessons(truant), prepared, options)).toEqual(expectedTruant);
    expect(evaluatePupilLessons(pupil, [], prepared, options).signals).toEqual([]);
  });

  it("accepts lessons in any order", () => {
    const pupil = { id: "p1", birthDate: "2010-05-01", startkwalificatie: false };
    const reversed = [...truant].reverse();
    const shuffled = [...truant].sort((a, b) => (a.start + a.date < b.start + b.date ? -1 : 1));
    const expected = evaluatePupilLessons(pupil, truant, prepared, options);
    expect(evaluatePupilLessons(pupil, reversed, prepared, options)).toEqual(expected);
    expect(evaluatePupilLessons(pupil, shuffled, prepared, options)).toEqual(expected);
  });

  it("refuses an asOf after the prepared range and lessons before it", () => {
    const pupil = { id: "p1", birthDate: "2010-05-01", startkwalificatie: false };
    expect(() => evaluatePupilLessons(pupil, truant, prepared, { asOf: "2025-08-01" })).toThrow(RangeError);
    const range = { from: "2025-02-01", to: "2025-07-31" };
    const early = prepareCalendar(CALENDAR, range);
    const sickFromFebruary = sick.filter((lesson) => lesson.date >= "2025-02-01");
    const expected = evaluatePupilLessons(pupil, sickFromFebruary, prepareCalendar(CALENDAR, range), options);
    evaluatePupilLessons(pupil, [], early, options);
    // Lessons after 1 February are summed before the one of January fails: none of them may reach the next pupil.
    const lateFirst = [...truant.filter((lesson) => lesson.date >= "2025-02-01"), truant[0]!];
    expect(() => evaluatePupilLessons(pupil, lateFirst, early, options)).toThrow(/before the prepared calendar/);
    expect(evaluatePupilLessons(pupil, sickFromFebruary, early, options)).toEqual(expected);
  });
});
