import { describe, expect, it } from "vitest";
import { isSchoolDay, schoolDays } from "./school-days";

const calendar = {
  holidays: [{ start: "2026-10-17", end: "2026-10-25" }],
  freeDays: ["2026-10-30"],
};

describe("schoolDays", () => {
  it("skips weekends, holidays, free days and public holidays", () => {
    expect(schoolDays("2026-10-15", "2026-10-30", calendar)).toEqual([
      "2026-10-15",
      "2026-10-16",
      "2026-10-26",
      "2026-10-27",
      "2026-10-28",
      "2026-10-29",
    ]);
    expect(isSchoolDay("2026-12-25", { holidays: [], freeDays: [] })).toBe(false);
    expect(isSchoolDay("2027-04-27", { holidays: [], freeDays: [] })).toBe(false); // Koningsdag
    expect(isSchoolDay("2025-04-26", { holidays: [], freeDays: [] })).toBe(false); // a Saturday anyway
    expect(isSchoolDay("2027-03-29", { holidays: [], freeDays: [] })).toBe(false); // Easter Monday
    expect(isSchoolDay("2027-03-26", { holidays: [], freeDays: [] })).toBe(true); // Good Friday is no public holiday
  });

  it("includes both ends of the range", () => {
    expect(schoolDays("2026-11-23", "2026-11-23", calendar)).toEqual(["2026-11-23"]);
    expect(schoolDays("2026-11-24", "2026-11-23", calendar)).toEqual([]);
  });
});
