import { describe, expect, it } from "vitest";
import { addDays, clockTime, dutchDate, schoolMinutesNow, schoolToday } from "./school-time";

describe("school time", () => {
  it("takes the date in Amsterdam, not in UTC, just after midnight", () => {
    expect(schoolToday("Europe/Amsterdam", new Date("2026-11-22T23:30:00Z"))).toBe("2026-11-23");
  });
  it("counts minutes in summer time", () => {
    expect(schoolMinutesNow("Europe/Amsterdam", new Date("2026-06-01T06:30:00Z"))).toBe(8 * 60 + 30);
  });
  it("adds days across a month and a DST change", () => {
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });
  it("formats clock times and Dutch dates", () => {
    expect(clockTime(510)).toBe("08:30");
    expect(dutchDate("2026-11-23")).toBe("maandag 23 november");
  });
});

describe("schoolInstant", () => {
  it("places 08:30 in Amsterdam in winter and in summer", async () => {
    const { schoolInstant } = await import("./school-time");
    expect(schoolInstant("2026-11-23", 510, "Europe/Amsterdam").toISOString()).toBe("2026-11-23T07:30:00.000Z");
    expect(schoolInstant("2026-06-01", 510, "Europe/Amsterdam").toISOString()).toBe("2026-06-01T06:30:00.000Z");
  });
});
