import { describe, expect, it } from "vitest";
import { isoWeekday } from "./iso-weekday";
import { KNOWN_SCHOOL_YEARS, schoolHolidays } from "./school-holidays";

describe("schoolHolidays", () => {
  it("gives region Midden's holidays of 2026-2027, the summer clipped to the school year", () => {
    expect(schoolHolidays("MIDDLE", 2026)).toEqual([
      { name: "Zomervakantie", start: "2026-08-01", end: "2026-08-30" },
      { name: "Herfstvakantie", start: "2026-10-17", end: "2026-10-25" },
      { name: "Kerstvakantie", start: "2026-12-19", end: "2027-01-03" },
      { name: "Voorjaarsvakantie", start: "2027-02-20", end: "2027-02-28" },
      { name: "Meivakantie", start: "2027-04-24", end: "2027-05-02" },
      { name: "Zomervakantie", start: "2027-07-17", end: "2027-07-31" },
    ]);
  });

  it("differs per region where the ministry spreads the holidays", () => {
    expect(schoolHolidays("NORTH", 2026)[1]).toEqual({ name: "Herfstvakantie", start: "2026-10-10", end: "2026-10-18" });
    expect(schoolHolidays("SOUTH", 2027)[1]).toEqual({ name: "Herfstvakantie", start: "2027-10-23", end: "2027-10-31" });
  });

  it("rejects a school year it has no dates for", () => {
    expect(() => schoolHolidays("NORTH", 2030)).toThrow(RangeError);
  });

  it("has holidays that run Saturday to Sunday and never overlap", () => {
    for (const year of KNOWN_SCHOOL_YEARS) {
      for (const region of ["NORTH", "MIDDLE", "SOUTH"] as const) {
        const holidays = schoolHolidays(region, year);
        for (const [i, h] of holidays.entries()) {
          expect(h.start <= h.end).toBe(true);
          // Clipped summer ends are the only ones not on a weekend boundary.
          if (!h.start.endsWith("-08-01")) expect(isoWeekday(h.start), `${region} ${h.name} ${h.start}`).toBe(6);
          if (!h.end.endsWith("-07-31")) expect(isoWeekday(h.end), `${region} ${h.name} ${h.end}`).toBe(7);
          if (i > 0) expect(holidays[i - 1]!.end < h.start).toBe(true);
        }
      }
    }
  });
});
