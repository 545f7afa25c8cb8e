import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { buildAbsenceSpecification } from "./absence-specification";
import { reportViewFixture } from "./duo-report-view.fixture";
import { renderDuoReportPdf } from "./render-duo-pdf";

/** The text of a PDF, as Debian's pdftotext reads it (layout kept, so a row stays on one line). */
function pdfText(pdf: Buffer): string {
  return execFileSync("/usr/bin/pdftotext", ["-layout", "-enc", "UTF-8", "-", "-"], { input: pdf }).toString("utf8");
}

describe("renderDuoReportPdf", () => {
  it("writes an A4 PDF with the pupil, the school, the verzuimsoort, the dates and the specification", async () => {
    const pdf = await renderDuoReportPdf(reportViewFixture(), { generatedAt: new Date("2026-11-23T09:10:00Z") });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    expect(text).toContain("Verzuimmelding aan DUO");
    expect(text).toContain("Sanne van den Berg");
    expect(text).toContain("BRIN 12AB");
    expect(text).toMatch(/Vermoedelijke soort verzuim\s+16 uur in 4 weken \(V3\)/);
    expect(text).toMatch(/Begindatum verzuim\s+16-11-2026/);
    expect(text).toMatch(/Einddatum verzuim\s+18-11-2026/);
    expect(text).toContain("verzuimcoördinator");
    expect(text).toMatch(/ma 16-11-2026\s+6,67\s+1, 2, 3, 4, 5, 6, 7, 8\s+Ja/);
    expect(text).toMatch(/3 dagen\s+18,33/);
  });

  it("says an open LRV has no end date yet, and that DUO needs the end date once known", async () => {
    const open = await renderDuoReportPdf(reportViewFixture({ absenceKind: "LONG_TERM_RELATIVE", endDate: null }), { generatedAt: new Date() });
    expect(pdfText(open)).toMatch(/Einddatum verzuim\s+Nog niet bekend/);
    const closed = await renderDuoReportPdf(
      reportViewFixture({ absenceKind: "LONG_TERM_RELATIVE", endDate: "2026-11-20", endDateUpdateNeeded: true, state: "SUBMITTED", duoStatus: "IN_PROGRESS", submittedOn: "2026-11-10", submittedByName: "Petra de Vries" }),
      { generatedAt: new Date() },
    );
    const text = pdfText(closed);
    expect(text).toContain("Einddatum doorgeven aan DUO: 20-11-2026");
    expect(text).toMatch(/Gemeld bij DUO op\s+10-11-2026/);
    expect(text).toMatch(/DUO-status\s+In behandeling/);
  });

  it("continues a long specification on the next pages, numbering every page", async () => {
    const lessons = Array.from({ length: 120 }, (_, d) => {
      const date = new Date(Date.UTC(2026, 4, 1) + d * 86_400_000).toISOString().slice(0, 10);
      return { date, period: 1, startMinutes: 510, endMinutes: 560, status: "ABSENT_UNEXCUSED" as const, lateMinutes: 0 };
    });
    const specification = buildAbsenceSpecification(lessons, { from: "2026-05-01", to: "2026-08-28", counts: "UNEXCUSED" });
    const text = pdfText(await renderDuoReportPdf(reportViewFixture({ specification }), { generatedAt: new Date() }));
    const pages = text.split("\f").filter((page) => page.trim() !== "");
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.every((page, i) => page.includes(`pagina ${i + 1} van ${pages.length}`))).toBe(true);
    expect(pages.slice(1).every((page) => page.includes("Verzuimdag"))).toBe(true);
    expect(text).toContain("vr 28-08-2026");
  });
});
