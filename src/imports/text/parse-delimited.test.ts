import { describe, expect, it } from "vitest";
import { detectDelimiter, parseDelimited } from "./parse-delimited";

describe("parseDelimited", () => {
  it("finds the delimiter of the header line", () => {
    expect(detectDelimiter("a;b;c\n1,2;3")).toBe(";");
    expect(detectDelimiter("a,b,c\n")).toBe(",");
    expect(detectDelimiter("a\tb\n")).toBe("\t");
    expect(detectDelimiter('"x;y",b,c\n')).toBe(",");
  });

  it("reads quotes, doubled quotes and line breaks inside quotes, with the line each row starts on", () => {
    const text = 'nr;naam;opmerking\r\n1;"Jansen; Piet";"zegt ""hoi"""\r\n\r\n2;Bakker;"twee\nregels"\n3;Smit;';
    expect(parseDelimited(text)).toEqual({
      delimiter: ";",
      rows: [
        { line: 1, cells: ["nr", "naam", "opmerking"] },
        { line: 2, cells: ["1", "Jansen; Piet", 'zegt "hoi"'] },
        { line: 4, cells: ["2", "Bakker", "twee\nregels"] },
        { line: 6, cells: ["3", "Smit", ""] },
      ],
    });
  });

  it("reads a comma file and a last line without a line end", () => {
    expect(parseDelimited("a,b\n1,2").rows).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", "2"] },
    ]);
  });
});
