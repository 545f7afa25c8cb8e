import { describe, expect, it } from "vitest";
import { toCsv } from "./to-csv";

describe("toCsv", () => {
  it("writes a BOM, semicolons and CRLF, with empty cells for null", () => {
    expect(toCsv([["a", "b"], ["ë", null]])).toBe("\uFEFFa;b\r\në;\r\n");
  });

  it("quotes cells with a separator, a quote or a line break", () => {
    expect(toCsv([["a;b", 'zei "ja"', "twee\nregels"]])).toBe('\uFEFF"a;b";"zei ""ja""";"twee\nregels"\r\n');
  });

  it("neutralises formulas but keeps phone numbers and negative numbers", () => {
    expect(toCsv([["=1+1", "@SUM(A1)", "-2+3+cmd|' /C calc'!A0", "+31 6 12345678", "-2,5", "06-12345678"]])).toBe(
      "\uFEFF'=1+1;'@SUM(A1);'-2+3+cmd|' /C calc'!A0;+31 6 12345678;-2,5;06-12345678\r\n",
    );
  });
});
