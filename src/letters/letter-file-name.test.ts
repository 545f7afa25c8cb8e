import { describe, expect, it } from "vitest";
import { letterFileName } from "./letter-file-name";

describe("letterFileName", () => {
  it("keeps only ASCII letters, digits and dashes", () => {
    expect(letterFileName("ABSENCE_LETTER", "Zoë van den Berg", "2026-11-23")).toBe("verzuimbrief-zoe-van-den-berg-2026-11-23.pdf");
    expect(letterFileName("DUO_NOTIFICATION", "Ömer 't Hart", "2026-11-23")).toBe("melding-verzuim-omer-t-hart-2026-11-23.pdf");
    expect(letterFileName("LATE_WARNING", "\"; rm", "2026-11-23")).toBe("waarschuwing-te-laat-rm-2026-11-23.pdf");
  });
});
