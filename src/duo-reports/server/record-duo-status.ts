import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { duoStatusChangeError } from "../duo-lifecycle";
import { closingReasonLabel, DUO_STATUS_LABELS } from "../duo-labels";
import type { TRecordDuoStatus } from "../schemas";
import { findDuoReport } from "./find-duo-report";
import { recordDuoEvent } from "./record-duo-event";

/**
 * Records the status DUO shows for a submitted report (what the municipality
 * did, or the school's withdrawal), with the closing reason of a closed one.
 * Steps DUO's lifecycle does not have are refused. A closed or withdrawn
 * report no longer needs its end date passed on.
 */
export async function recordDuoStatus({ actor, input }: { actor: Actor; input: TRecordDuoStatus }): Promise<string> {
  await prisma.$transaction(async (tx) => {
    const report = await findDuoReport(tx, { schoolId: actor.schoolId, reportId: input.reportId, forUpdate: true });
    const closingReason = input.duoStatus === "CLOSED" ? input.closingReason : null;
    const refused = duoStatusChangeError(report, input.duoStatus, { closingReason });
    if (refused?.field === "closingReason") {
      throw new AppError("INVALID_INPUT", "De status is nog niet vastgelegd: vul de gemarkeerde velden in.", { closingReason: [refused.message] });
    }
    if (refused) throw new AppError("RULE_VIOLATION", refused.message);
    const final = input.duoStatus === "CLOSED" || input.duoStatus === "WITHDRAWN";
    await tx.duoReport.updateMany({
      where: { id: report.id, duoStatus: report.duoStatus, ...inSchool(actor) },
      data: { duoStatus: input.duoStatus, closingReason, ...(final ? { endDateUpdateNeeded: false } : {}) },
    });
    const note = [closingReasonLabel(closingReason), input.note].filter(Boolean).join(" — ") || null;
    await recordDuoEvent(tx, {
      actor, reportId: report.id, pupilId: report.pupilId, action: "duo-report.duo-status", fromState: report.duoStatus, toState: input.duoStatus,
      note, details: { duoStatus: input.duoStatus, closingReason },
    });
  });
  return `De DUO-status is nu ‘${DUO_STATUS_LABELS[input.duoStatus]}’.`;
}
