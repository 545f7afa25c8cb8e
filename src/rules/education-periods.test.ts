import { describe, expect, it } from "vitest";
import { educationPeriods } from "./education-periods";
import { formatIsoDate } from "./format-iso-date";
import { parseIsoDate } from "./parse-iso-date";

function periods(birthDate: string, startkwalificatie: boolean): Record<string, string> {
  const result = educationPeriods(parseIsoDate(birthDate)!, { startkwalificatie });
  return Object.fromEntries(Object.entries(result).map(([key, day]) => [key, formatIsoDate(day)]));
}

describe("educationPeriods", () => {
  it("without startkwalificatie: compulsory from the month after the 5th birthday until 18, then RMC age until 23", () => {
    expect(periods("2010-05-01", false)).toEqual({
      compulsoryFrom: "2015-06-01",
      compulsoryUntil: "2028-05-01",
      rmcFrom: "2028-05-01",
      rmcUntil: "2033-05-01",
    });
  });

  it("a December birthday starts compulsory education on 1 January", () => {
    expect(periods("2019-12-15", false).compulsoryFrom).toBe("2025-01-01");
  });

  it("with startkwalificatie: ends after the school year in which the pupil turned 16, and no RMC age", () => {
    // Turned 16 on 15 September 2025, in school year 2025/26: compulsory up to and including 31 July 2026.
    expect(periods("2009-09-15", true)).toEqual({
      compulsoryFrom: "2014-10-01",
      compulsoryUntil: "2026-08-01",
      rmcFrom: "2027-09-15",
      rmcUntil: "2027-09-15",
    });
    // Turned 16 on 15 March 2025, in school year 2024/25.
    expect(periods("2009-03-15", true).compulsoryUntil).toBe("2025-08-01");
  });

  it("a 29 February birthday turns 18 on 1 March in a common year", () => {
    expect(periods("2008-02-29", false).compulsoryUntil).toBe("2026-03-01");
  });
});
