import { describe, expect, it } from "vitest";
import { dutchPublicHolidays } from "./dutch-public-holidays";
import { easterSunday } from "./easter-sunday";
import { formatIsoDate } from "./format-iso-date";

describe("easterSunday", () => {
  it.each([
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("%i: %s", (year, date) => {
    expect(formatIsoDate(easterSunday(year))).toBe(date);
  });
});

describe("dutchPublicHolidays", () => {
  it("2025: King's Day on Saturday 26 April (the 27th is a Sunday) and Liberation Day (divisible by 5)", () => {
    expect(dutchPublicHolidays(2025).map(formatIsoDate)).toEqual([
      "2025-01-01",
      "2025-04-21",
      "2025-04-26",
      "2025-05-05",
      "2025-05-29",
      "2025-06-09",
      "2025-12-25",
      "2025-12-26",
    ]);
  });

  it("2026: King's Day on the 27th and no Liberation Day", () => {
    expect(dutchPublicHolidays(2026).map(formatIsoDate)).toEqual([
      "2026-01-01",
      "2026-04-06",
      "2026-04-27",
      "2026-05-14",
      "2026-05-25",
      "2026-12-25",
      "2026-12-26",
    ]);
  });
});
