import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilFromDayNumber, dayNumberFromCivil, isoWeekday, type TDayNumber } from "./day-number";

describe("day numbers", () => {
  it("counts days since 1970-01-01", () => {
    expect(dayNumberFromCivil(1970, 1, 1)).toBe(0);
    expect(dayNumberFromCivil(2025, 2, 3)).toBe(20122);
    expect(dayNumberFromCivil(1969, 12, 31)).toBe(-1);
  });

  it("handles leap days, and 29 February of a common year rolls over to 1 March", () => {
    expect(civilFromDayNumber(dayNumberFromCivil(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29 });
    expect(dayNumberFromCivil(2025, 2, 29)).toBe(dayNumberFromCivil(2025, 3, 1));
  });

  it("gives ISO weekdays (Monday 1, Sunday 7)", () => {
    expect(isoWeekday(dayNumberFromCivil(2025, 2, 3))).toBe(1);
    expect(isoWeekday(dayNumberFromCivil(2025, 2, 9))).toBe(7);
    expect(isoWeekday(dayNumberFromCivil(1970, 1, 1))).toBe(4);
  });

  it("round-trips every day number and agrees with Date.UTC", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const { year, month, day } = civilFromDayNumber(n as TDayNumber);
        expect(dayNumberFromCivil(year, month, day)).toBe(n);
        expect(Date.UTC(year, month - 1, day) / 86_400_000).toBe(n);
      }),
    );
  });
});
