import { describe, expect, it } from "vitest";
import { dayNumberFromCivil } from "./day-number";
import { formatIsoDate } from "./format-iso-date";
import { parseIsoDate } from "./parse-iso-date";

describe("parseIsoDate", () => {
  it("parses existing dates", () => {
    expect(parseIsoDate("2025-02-03")).toBe(dayNumberFromCivil(2025, 2, 3));
    expect(parseIsoDate("2024-02-29")).toBe(dayNumberFromCivil(2024, 2, 29));
    expect(parseIsoDate("2000-02-29")).toBe(dayNumberFromCivil(2000, 2, 29));
  });

  it.each(["2025-02-30", "2025-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "2025-1-01", "25-01-01", "2025/01/01", "2025-01-01T00:00", "abcd-ef-gh", ""])(
    "rejects %j",
    (text) => {
      expect(parseIsoDate(text)).toBeUndefined();
    },
  );

  it("is the inverse of formatIsoDate", () => {
    for (const text of ["0001-01-01", "1999-12-31", "2025-03-14", "2400-02-29"]) {
      expect(formatIsoDate(parseIsoDate(text)!)).toBe(text);
    }
  });
});
