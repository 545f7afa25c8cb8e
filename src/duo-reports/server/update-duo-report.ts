import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import type { TDuoHumanFields } from "../schemas";
import { findDuoReport } from "./find-duo-report";
import { recordDuoEvent } from "./record-duo-event";

const FIELDS = {
  suspectedReason: true, actionsTaken: true, municipalityActionWanted: true, municipalityActionExplanation: true, reporterName: true,
  reporterFunction: true, reporterPhone: true, reporterEmail: true, contactPhone: true, differentAddress: true,
} as const;

/**
 * Saves the fields only a person can fill (reason, actions, the municipality
 * question, the reporter, contact). Only a draft changes: a report that is
 * ready goes back to draft first, a submitted one never changes. Incomplete
 * is fine here; marking ready checks completeness.
 */
export async function updateDuoReport({ actor, reportId, fields }: { actor: Actor; reportId: string; fields: TDuoHumanFields }): Promise<string> {
  await prisma.$transaction(async (tx) => {
    const report = await findDuoReport(tx, { schoolId: actor.schoolId, reportId, forUpdate: true });
    if (report.state !== "DRAFT") {
      throw new AppError("CONFLICT", report.state === "READY"
        ? "Deze melding is klaar voor verzending. Zet haar eerst terug naar concept om iets te wijzigen."
        : "Deze melding is al bij DUO gemeld en verandert niet meer.");
    }
    // The explanation belongs to "no action wanted" only: keep no stale answer behind a "yes".
    // Name and function are required columns: a cleared one is stored empty, and read back as missing.
    const data = {
      ...fields,
      reporterName: fields.reporterName ?? "",
      reporterFunction: fields.reporterFunction ?? "",
      municipalityActionExplanation: fields.municipalityActionWanted === false ? fields.municipalityActionExplanation : null,
    };
    const current = await tx.duoReport.findFirstOrThrow({ where: { id: report.id, ...inSchool(actor) }, select: FIELDS });
    // "Klaar voor verzending" saves first: an unchanged form is no change, and no line in the history.
    if ((Object.keys(FIELDS) as (keyof typeof FIELDS)[]).every((key) => current[key] === data[key])) return;
    await tx.duoReport.updateMany({ where: { id: report.id, ...inSchool(actor) }, data });
    await recordDuoEvent(tx, {
      actor, reportId: report.id, pupilId: report.pupilId, action: "duo-report.update", fromState: "DRAFT", toState: "DRAFT",
      note: "Gegevens aangevuld", details: { fields: Object.keys(fields).filter((key) => fields[key as keyof TDuoHumanFields] !== null) },
    });
  });
  return "De melding is opgeslagen.";
}
