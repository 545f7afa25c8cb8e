import { describe, expect, it } from "vitest";
import { parseDutchDate } from "./parse-dutch-date";

describe("parseDutchDate", () => {
  it.each([
    ["15-01-2013", "2013-01-15"],
    ["3-2-2012", "2012-02-03"],
    ["03/02/2012", "2012-02-03"],
    ["3.2.2012", "2012-02-03"],
    ["2012-02-03", "2012-02-03"],
    [" 29-02-2012 ", "2012-02-29"],
  ])("reads %s as %s", (text, iso) => expect(parseDutchDate(text)).toBe(iso));

  it.each(["31-02-2012", "29-02-2013", "0-1-2012", "1-13-2012", "2012-13-01", "15-01-13", "01-15-2013x", "", "morgen", "1-1-1800"])("refuses %j", (text) => {
    expect(parseDutchDate(text)).toBeNull();
  });
});
