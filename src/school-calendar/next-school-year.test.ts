import { describe, expect, it } from "vitest";
import { nextSchoolYear } from "./next-school-year";

const uses = [
  { weekday: 3, date: null, bellScheduleId: "kort" },
  { weekday: 1, date: null, bellScheduleId: "normaal" },
  { weekday: null, date: "2026-12-18", bellScheduleId: "kort" },
];

describe("nextSchoolYear", () => {
  it("runs from 1 August to 31 July and is named after both years", () => {
    expect(nextSchoolYear({ startDate: "2026-08-01" }, [], "MIDDLE")).toMatchObject({ name: "2027-2028", startDate: "2027-08-01", endDate: "2028-07-31" });
  });

  it("copies the weekday uses, never a single date's", () => {
    expect(nextSchoolYear({ startDate: "2026-08-01" }, uses, "MIDDLE").weekdayUses).toEqual([
      { weekday: 1, bellScheduleId: "normaal" },
      { weekday: 3, bellScheduleId: "kort" },
    ]);
  });

  it("fills in the region's holidays, from the summer's tail to the next summer's head", () => {
    const holidays = nextSchoolYear({ startDate: "2026-08-01" }, [], "SOUTH").holidays!;
    expect(holidays[0]).toEqual({ name: "Zomervakantie", start: "2027-08-01", end: "2027-09-05" });
    expect(holidays.find((h) => h.name === "Herfstvakantie")).toEqual({ name: "Herfstvakantie", start: "2027-10-23", end: "2027-10-31" });
    expect(holidays.at(-1)).toEqual({ name: "Zomervakantie", start: "2028-07-22", end: "2028-07-31" });
    expect(nextSchoolYear({ startDate: "2026-08-01" }, [], "NORTH").holidays!.find((h) => h.name === "Herfstvakantie")!.start).toBe("2027-10-16");
  });

  it("has no holidays (null) for a year the ministry's table does not know yet", () => {
    expect(nextSchoolYear({ startDate: "2027-08-01" }, [], "MIDDLE").holidays).toBeNull();
  });
});
