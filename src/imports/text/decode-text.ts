/** Why a file's bytes are not text we can read. */
export type DecodeRefusal = "empty" | "binary" | "utf16" | "mixed";

export type DecodedText =
  | { ok: true; text: string; encoding: "utf-8" | "windows-1252" }
  | { ok: false; reason: DecodeRefusal; line?: number };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (€, ‘’, “”, …); Node's own decoder reads those as
// Latin-1 control characters, so they are mapped here.
const CP1252_80_9F = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function windows1252(bytes: Uint8Array): string {
  let text = "";
  for (const b of bytes) text += b >= 0x80 && b < 0xa0 ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b);
  return text;
}

/**
 * The text of an export file as Dutch school systems write it: UTF-8 with or without a byte-order mark,
 * or Windows-1252 (older Magister, Somtoday and Untis exports). Bytes that are valid UTF-8 are read as
 * UTF-8; anything else as Windows-1252, which maps every byte. A file with NUL bytes (a spreadsheet, a
 * PDF, an image, UTF-16) is not a text export and is refused rather than guessed at, and so is a file
 * with both (UTF-8 characters and bytes that cannot be UTF-8: two exports pasted together), with the
 * first line that breaks the UTF-8, since reading it either way would garble names.
 *
 * @example
 * decodeText(new Uint8Array([0x4a, 0x6f, 0xeb, 0x6c])) // → { ok: true, text: "Joël", encoding: "windows-1252" }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { ok: false, reason: "utf16" };
  if (bytes.includes(0)) return { ok: false, reason: "binary" };
  const start = UTF8_BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  const body = bytes.subarray(start);
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    const mixed = mixedEncodingLine(body);
    if (mixed !== null) return { ok: false, reason: "mixed", line: mixed };
    return { ok: true, text: windows1252(body), encoding: "windows-1252" };
  }
}

/** Length of a well-formed UTF-8 multi-byte sequence starting at `i`, or 0. */
function utf8SequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  if (length === 0 || i + length > bytes.length) return 0;
  for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return 0;
  return length;
}

/**
 * When bytes that are not UTF-8 sit beside well-formed UTF-8 characters, the line (1-based) of the first
 * byte that is not UTF-8; null when the file has no UTF-8 characters at all (plain Windows-1252).
 */
function mixedEncodingLine(bytes: Uint8Array): number | null {
  let sawUtf8 = false;
  let firstBad: number | null = null;
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    if (b < 0x80) continue;
    const length = utf8SequenceAt(bytes, i);
    if (length > 0) {
      sawUtf8 = true;
      i += length - 1;
    } else firstBad ??= line;
    if (sawUtf8 && firstBad !== null) return firstBad;
  }
  return null;
}

/** The Dutch message for a refused file, for the administrator. */
export function decodeRefusalText(reason: DecodeRefusal, line?: number): string {
  switch (reason) {
    case "mixed":
      return `Het bestand gebruikt twee tekencoderingen door elkaar (UTF-8 en Windows-1252)${line ? `, voor het eerst op regel ${line}` : ""}: namen met ë of é zouden verminkt worden. Exporteer het opnieuw in één keer als CSV (UTF-8).`;
    case "empty":
      return "Het bestand is leeg.";
    case "utf16":
      return "Het bestand is opgeslagen als UTF-16. Sla het op als CSV (UTF-8) en probeer het opnieuw.";
    case "binary":
      return "Dit is geen tekstbestand (CSV of TXT). Exporteer het als CSV en probeer het opnieuw.";
  }
}
