import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { readPupilBsn } from "@/bsn/server/read-pupil-bsn";
import { readinessErrors } from "../readiness-errors";
import { reportStateChangeError } from "../duo-lifecycle";
import type { TDuoReportId } from "../schemas";
import { findDuoReport } from "./find-duo-report";
import { recordDuoEvent } from "./record-duo-event";

/**
 * Marks a draft ready for DUO once every human field is filled (reason,
 * actions taken, municipality action yes/no and the explanation of a no, the
 * reporter's name, function, phone and e-mail) and the pupil has a BSN or
 * onderwijsnummer. Refused with a Dutch message per missing field.
 */
export async function markDuoReportReady({ actor, input }: { actor: Actor; input: TDuoReportId }): Promise<string> {
  await prisma.$transaction(async (tx) => {
    const found = await findDuoReport(tx, { schoolId: actor.schoolId, reportId: input.reportId, forUpdate: true });
    const refused = reportStateChangeError(found.state, "READY");
    if (refused) throw new AppError("CONFLICT", refused);
    const report = await tx.duoReport.findFirstOrThrow({
      where: { id: found.id, ...inSchool(actor) },
      select: {
        suspectedReason: true, actionsTaken: true, municipalityActionWanted: true, municipalityActionExplanation: true, reporterName: true,
        reporterFunction: true, reporterPhone: true, reporterEmail: true, contactPhone: true, differentAddress: true,
        pupil: { select: { schoolId: true, id: true, bsnEncrypted: true, educationNumber: true } },
      },
    });
    const { pupil, ...fields } = report;
    // Checked on the decrypted number, here on the server; it goes no further.
    const bsn = readPupilBsn(pupil, "full");
    const errors = readinessErrors({
      ...fields, reporterName: fields.reporterName || null, reporterFunction: fields.reporterFunction || null,
      pupilNumber: bsn ? { kind: "BSN", ...bsn } : pupil.educationNumber !== null ? { kind: "Onderwijsnummer", value: pupil.educationNumber } : null,
    });
    if (Object.keys(errors).length > 0) {
      throw new AppError("INVALID_INPUT", "De melding is nog niet klaar voor verzending: vul de gemarkeerde velden in.", errors);
    }
    await tx.duoReport.updateMany({ where: { id: found.id, state: "DRAFT", ...inSchool(actor) }, data: { state: "READY" } });
    await recordDuoEvent(tx, { actor, reportId: found.id, pupilId: found.pupilId, action: "duo-report.ready", fromState: "DRAFT", toState: "READY" });
  });
  return "De melding is klaar voor verzending. Download haar en meld haar bij DUO.";
}
