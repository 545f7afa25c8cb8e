import { describe, expect, it } from "vitest";
import { clockHoursFromMinutes, type TMinutes } from "./minutes";
import { parseClockTime } from "./parse-clock-time";

describe("parseClockTime", () => {
  it("gives minutes since midnight", () => {
    expect(parseClockTime("00:00")).toBe(0);
    expect(parseClockTime("08:30")).toBe(510);
    expect(parseClockTime("23:59")).toBe(1439);
  });

  it.each(["24:00", "8:30", "08:60", "08-30", "0830", " 8:30", "ab:cd"])("rejects %j", (text) => {
    expect(parseClockTime(text)).toBeUndefined();
  });
});

describe("clockHoursFromMinutes: lesson hours to clock hours", () => {
  it("converts a 50-minute period to 0.83 h and a 45-minute period to 0.75 h", () => {
    expect(clockHoursFromMinutes(50 as TMinutes)).toBe(0.83);
    expect(clockHoursFromMinutes(45 as TMinutes)).toBe(0.75);
    expect(clockHoursFromMinutes(40 as TMinutes)).toBe(0.67);
  });

  it("rounds to 2 decimals and never shows 16.00 for less than 16 hours", () => {
    expect(clockHoursFromMinutes(960 as TMinutes)).toBe(16);
    expect(clockHoursFromMinutes(959 as TMinutes)).toBe(15.98);
    expect(clockHoursFromMinutes(1000 as TMinutes)).toBe(16.67);
  });
});
