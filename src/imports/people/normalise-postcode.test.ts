import { describe, expect, it } from "vitest";
import { normalisePostcode } from "./normalise-postcode";

describe("normalisePostcode", () => {
  it.each([["3811ab", "3811 AB"], ["3811 AB", "3811 AB"], ["3811  aB", "3811 AB"], [" 1234AB ", "1234 AB"]])("writes %j as %j", (text, out) => {
    expect(normalisePostcode(text)).toBe(out);
  });
  it.each(["0123 AB", "123 AB", "12345 AB", "1234 A", "1234-AB", "B-1000", ""])("refuses %j", (text) => expect(normalisePostcode(text)).toBeNull());
});
