import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { reportStateChangeError } from "../duo-lifecycle";
import type { TDuoReportId } from "../schemas";
import { findDuoReport } from "./find-duo-report";
import { recordDuoEvent } from "./record-duo-event";

/** Takes a report that is ready (not yet submitted) back to draft, to change it. */
export async function reopenDuoReport({ actor, input }: { actor: Actor; input: TDuoReportId }): Promise<string> {
  await prisma.$transaction(async (tx) => {
    const report = await findDuoReport(tx, { schoolId: actor.schoolId, reportId: input.reportId, forUpdate: true });
    const refused = reportStateChangeError(report.state, "DRAFT");
    if (refused) throw new AppError("CONFLICT", refused);
    await tx.duoReport.updateMany({ where: { id: report.id, state: "READY", ...inSchool(actor) }, data: { state: "DRAFT" } });
    await recordDuoEvent(tx, { actor, reportId: report.id, pupilId: report.pupilId, action: "duo-report.reopen", fromState: "READY", toState: "DRAFT" });
  });
  return "De melding is weer een concept en kan worden gewijzigd.";
}
