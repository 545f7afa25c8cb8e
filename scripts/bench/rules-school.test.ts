import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { evaluatePupilLessons, lessonColumnsFromLessons, prepareCalendar } from "@/rules";
import { createBenchSchool } from "./rules-school";
import { readSchoolFile, writeSchoolFile } from "./rules-school-file";

const school = createBenchSchool({ pupils: 500, seed: 1 });
const prepared = prepareCalendar(school.calendar, school.range);
const dir = mkdtempSync(path.join(tmpdir(), "rules-school-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("createBenchSchool (rules benchmark data from the demo generator)", () => {
  it("is deterministic: the same seed gives the same pupils and lessons", () => {
    const again = createBenchSchool({ pupils: 500, seed: 1 });
    expect(again.pupils).toEqual(school.pupils);
    expect(again.lessonsOf(42)).toEqual(school.lessonsOf(42));
    expect(createBenchSchool({ pupils: 500, seed: 2 }).lessonsOf(42)).not.toEqual(school.lessonsOf(42));
  });

  it("gives every pupil a full school year of valid lessons, 6 to 7 a school day", () => {
    expect(school.range).toEqual({ from: "2026-08-01", to: "2027-07-31" });
    expect(school.schoolDayCount).toBeGreaterThan(185);
    for (const index of [0, 1, 250, 499]) {
      const lessons = school.lessonsOf(index);
      expect(lessons.length / school.schoolDayCount).toBeGreaterThan(5.5);
      expect(lessons.length / school.schoolDayCount).toBeLessThan(7);
      expect(lessons[lessons.length - 1]!.date).toBe(school.asOf);
      // Throws on a lesson the rules would reject (outside the range, end before start).
      expect(() => evaluatePupilLessons(school.pupils[index]!, lessons, prepared, { asOf: school.asOf })).not.toThrow();
    }
  });

  it("assigns the demo's attendance patterns in the demo's shares", () => {
    const count = (kind: string) => school.patternKinds.filter((k) => k === kind).length;
    const share = (kind: string) => count(kind) / school.pupils.length;
    expect(share("REGULAR")).toBeGreaterThan(0.75);
    expect(share("OFTEN_LATE")).toBeCloseTo(0.08, 1);
    expect(share("SICK_OFTEN") + share("SICK_LONG") + share("SICK_FREQUENT_SHORT")).toBeCloseTo(0.06, 1);
    expect(share("TRUANT")).toBeCloseTo(0.04, 1);
    expect(count("STOPPED_COMING")).toBe(1);
    expect(count("HOLIDAY_ADJACENT")).toBe(2);
  });

  it("lets the rules find the story: the pupil who stopped coming gets a signal", () => {
    const stopped = school.patternKinds.indexOf("STOPPED_COMING");
    const output = evaluatePupilLessons(school.pupils[stopped]!, school.lessonsOf(stopped), prepared, { asOf: school.asOf });
    expect(output.signals.map((signal) => signal.kind)).toContain("RELATIVE_16H");
  });

  it("survives the round trip through the school file as the same columns", () => {
    const file = path.join(dir, "school.bin");
    const columns = [3, 4, 5].map((index) => lessonColumnsFromLessons(school.lessonsOf(index)));
    const pupils = [3, 4, 5].map((index) => school.pupils[index]!);
    const { calendar, range, asOf, schoolDayCount } = school;
    writeSchoolFile(file, { calendar, range, asOf, schoolDayCount, pupils, patterns: { REGULAR: 3 } }, columns);
    const read = readSchoolFile(file);
    expect(read.pupils).toEqual(pupils);
    expect(read.calendar).toEqual(calendar);
    read.lessons.forEach((lessons, n) => {
      const expected = columns[n]!;
      expect(lessons.length).toBe(expected.length);
      for (const key of ["day", "startMinute", "endMinute", "status", "reason", "lateMinutes"] as const) {
        expect(Array.from(lessons[key])).toEqual(Array.from(expected[key].subarray(0, expected.length)));
      }
      expect(evaluatePupilLessons(pupils[n]!, lessons, prepared, { asOf })).toEqual(
        evaluatePupilLessons(pupils[n]!, school.lessonsOf(3 + n), prepared, { asOf }),
      );
    });
  });
});
