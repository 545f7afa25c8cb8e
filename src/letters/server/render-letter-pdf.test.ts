import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { renderLetterPdf } from "./render-letter-pdf";

const pdfText = (pdf: Buffer) => execFileSync("/usr/bin/pdftotext", ["-layout", "-", "-"], { input: pdf }).toString("utf8");

describe("renderLetterPdf", () => {
  it("renders an A4 letter whose text can be read back, Dutch characters included", async () => {
    const pdf = await renderLetterPdf({
      school: { name: "Het Baken College", city: "Amersfoort", phone: "033-1234567", email: null },
      placeAndDate: "Amersfoort, 23 november 2026",
      addressLines: ["Aan de ouder(s)/verzorger(s) van Zoë Brouwer"],
      subject: "Ongeoorloofd verzuim van Zoë Brouwer",
      body: "Beste ouder(s)/verzorger(s) van Zoë,\n\nZoë was 9,5 uur afwezig.\n\nMet ‘aanhalingstekens’ en één trema.",
      signature: { name: "Els Jansen", functionTitle: "Verzuimcoördinator" },
      createdAt: new Date("2026-11-23T09:05:00Z"),
    });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    const text = pdfText(pdf);
    for (const expected of ["Het Baken College", "Betreft: Ongeoorloofd verzuim van Zoë Brouwer", "Zoë was 9,5 uur afwezig.", "‘aanhalingstekens’ en één trema", "Els Jansen", "Verzuimcoördinator"]) {
      expect(text).toContain(expected);
    }
  });
});
