import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("decodeText", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    const joel = [0x4a, 0x6f, 0xc3, 0xab, 0x6c];
    expect(decodeText(bytes(...joel))).toEqual({ ok: true, text: "Joël", encoding: "utf-8" });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...joel))).toEqual({ ok: true, text: "Joël", encoding: "utf-8" });
  });

  it("reads bytes that are not UTF-8 as Windows-1252", () => {
    expect(decodeText(bytes(0x4a, 0x6f, 0xeb, 0x6c, 0x80))).toEqual({ ok: true, text: "Joël€", encoding: "windows-1252" });
  });

  it("refuses a file with UTF-8 and Windows-1252 mixed, with the first line that is not UTF-8", () => {
    const utf8Line = [...new TextEncoder().encode("1;Joël\n")];
    const cp1252Line = [0x32, 0x3b, 0x52, 0xe9, 0x6d, 0x79, 0x0a]; // "2;Rémy" in Windows-1252
    expect(decodeText(bytes(...utf8Line, ...cp1252Line))).toEqual({ ok: false, reason: "mixed", line: 2 });
    expect(decodeText(bytes(...cp1252Line, ...utf8Line))).toEqual({ ok: false, reason: "mixed", line: 1 });
  });

  it("refuses an empty file, UTF-16 and binary content", () => {
    expect(decodeText(bytes())).toEqual({ ok: false, reason: "empty" });
    expect(decodeText(bytes(0xff, 0xfe, 0x41, 0x00))).toEqual({ ok: false, reason: "utf16" });
    expect(decodeText(bytes(0x25, 0x50, 0x44, 0x46, 0x00, 0x01))).toEqual({ ok: false, reason: "binary" });
  });
});
