import { expect, it } from "vitest";
import { createSchoolClock } from "./school-clock";

it("converts school time to UTC across the change to winter time", () => {
  const clock = createSchoolClock("Europe/Amsterdam");
  expect(clock("2026-10-23", 510)).toBe("2026-10-23T06:30:00.000Z"); // summer time, UTC+2
  expect(clock("2026-11-23", 510)).toBe("2026-11-23T07:30:00.000Z"); // winter time, UTC+1
  expect(clock("2026-11-23", -30)).toBe("2026-11-22T22:30:00.000Z"); // the evening before
});
