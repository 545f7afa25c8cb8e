import "server-only";
import { prisma } from "@/db/client";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import type { TDuoReportView } from "../duo-report-view";
import { getDuoReport } from "./get-duo-report";

/**
 * A report for its page, BSN masked, and an audit entry that this person
 * looked at it: the page shows a pupil's number and the reasons of absence
 * (decision 111). NOT_FOUND, and nothing written, for another school's id.
 */
export async function viewDuoReport({ actor, reportId }: { actor: Actor; reportId: string }): Promise<TDuoReportView> {
  const view = await getDuoReport({ actor, reportId, bsn: "masked" });
  await recordAudit(prisma, { actor, action: "duo-report.read", entityType: "DuoReport", entityId: view.id, pupilId: view.pupil.id });
  return view;
}
