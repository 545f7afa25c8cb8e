import { describe, expect, it } from "vitest";
import { evaluatePupilLessons } from "../../src/rules/evaluate-pupil-lessons";
import { prepareCalendar } from "../../src/rules/prepare-calendar";
import type { TDayNumber } from "../../src/rules/day-number";
import { generatePupilLessons } from "./rules-patterns";

const prepared = prepareCalendar(
  { holidays: [{ name: "Kerstvakantie", start: "2024-12-21", end: "2025-01-05" }], freeDays: [], publicHolidays: null },
  { from: "2024-08-26", to: "2025-07-11" },
);
const schoolDays = Array.from(prepared.schoolDayOffsets, (offset) => (prepared.from + offset) as TDayNumber);
const options = { seed: 1, schoolDays, holidayEdges: [], dropoutIndex: 7 };

describe("generatePupilLessons (benchmark data)", () => {
  it("is deterministic: the same pupil index and seed give the same lessons", () => {
    expect(generatePupilLessons(42, options)).toEqual(generatePupilLessons(42, options));
    expect(generatePupilLessons(42, options)).not.toEqual(generatePupilLessons(42, { ...options, seed: 2 }));
  });

  it("gives 6 to 7 lessons a school day, and one pupil who stops coming", () => {
    const { lessons } = generatePupilLessons(3, options);
    expect(lessons.length / schoolDays.length).toBeGreaterThan(6);
    expect(lessons.length / schoolDays.length).toBeLessThan(7);
    const dropout = generatePupilLessons(7, options);
    expect(dropout.pattern).toBe("dropout");
    const output = evaluatePupilLessons(dropout.pupil, dropout.lessons, prepared, { asOf: "2025-07-11" });
    expect(output.signals.some((signal) => signal.kind === "RELATIVE_16H" || signal.kind === "RMC_18PLUS")).toBe(true);
  });
});
