import "server-only";
import { prisma } from "@/db/client";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { recordAudit } from "@/audit/server/record-audit";
import { duoReportCsv, duoReportJson, duoSpecificationCsv } from "../duo-export";
import { renderDuoReportPdf } from "../render-duo-pdf";
import type { TExportDuoReport } from "../schemas";
import { getDuoReport } from "./get-duo-report";

export type TDuoReportFile = { body: Uint8Array; contentType: string; fileName: string };

/**
 * A report as a file: the PDF for the pupil's file, or the structured JSON
 * or CSV (the report, or its specification per day) for the verzuimloket or
 * the administration package. Only a report that is ready or submitted:
 * a draft may still be incomplete or wrong. The download is audited, with
 * its format: the file holds sensitive data (the full BSN, reasons of absence).
 */
export async function exportDuoReport({ actor, input, now }: { actor: Actor; input: TExportDuoReport; now: Date }): Promise<TDuoReportFile> {
  // The only place the full BSN leaves the server: DUO needs it (decision 111).
  const view = await getDuoReport({ actor, reportId: input.reportId, bsn: "full" });
  if (view.state === "DRAFT") {
    throw new AppError("RULE_VIOLATION", "Een concept kan niet worden gedownload: vul de melding aan en kies eerst ‘Klaar voor verzending’.");
  }
  if (view.pupil.number?.value === null) {
    throw new AppError("RULE_VIOLATION", "Het BSN van deze leerling is onleesbaar in Aanwezig, dus de melding kan niet worden gedownload. Vraag de beheerder om het te herstellen.");
  }
  // No names in file names: downloads end up in shared folders and mail.
  const base = `verzuimmelding-${view.pupil.studentNumber.replace(/[^A-Za-z0-9-]/g, "_")}-${view.beginDate}`;
  const file = await (async (): Promise<TDuoReportFile> => {
    switch (input.format) {
      case "pdf":
        return { body: await renderDuoReportPdf(view, { generatedAt: now }), contentType: "application/pdf", fileName: `${base}.pdf` };
      case "json":
        return {
          body: new TextEncoder().encode(`${JSON.stringify(duoReportJson(view, { generatedAt: now.toISOString() }), null, 2)}\n`),
          contentType: "application/json; charset=utf-8",
          fileName: `${base}.json`,
        };
      case "csv":
        return { body: new TextEncoder().encode(duoReportCsv(view)), contentType: "text/csv; charset=utf-8", fileName: `${base}.csv` };
      case "csv-specificatie":
        return { body: new TextEncoder().encode(duoSpecificationCsv(view)), contentType: "text/csv; charset=utf-8", fileName: `${base}-verzuimspecificatie.csv` };
    }
  })();
  await prisma.$transaction((tx) =>
    recordAudit(tx, { actor, action: "duo-report.export", entityType: "DuoReport", entityId: view.id, pupilId: view.pupil.id, details: { format: input.format } }),
  );
  return file;
}
