import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { isoDate } from "@/calendar/school-time";
import { dutchShortDate } from "../duo-labels";
import type { TDuoReportId } from "../schemas";
import { findDuoReport } from "./find-duo-report";
import { recordDuoEvent } from "./record-duo-event";

/** The coordinator passed an LRV report's end date on to DUO: the reminder goes away. */
export async function confirmDuoEndDate({ actor, input }: { actor: Actor; input: TDuoReportId }): Promise<string> {
  const endDate = await prisma.$transaction(async (tx) => {
    const report = await findDuoReport(tx, { schoolId: actor.schoolId, reportId: input.reportId, forUpdate: true });
    if (!report.endDateUpdateNeeded || !report.endDate) throw new AppError("CONFLICT", "Bij deze melding hoeft geen einddatum aan DUO te worden doorgegeven.");
    const end = isoDate(report.endDate);
    await tx.duoReport.updateMany({ where: { id: report.id, ...inSchool(actor) }, data: { endDateUpdateNeeded: false } });
    await recordDuoEvent(tx, {
      actor, reportId: report.id, pupilId: report.pupilId, action: "duo-report.end-date-sent", fromState: report.duoStatus, toState: "END_DATE_SENT",
      note: `Einddatum ${dutchShortDate(end)} doorgegeven aan DUO`, details: { endDate: end },
    });
    return end;
  });
  return `Vastgelegd: einddatum ${dutchShortDate(endDate)} is doorgegeven aan DUO.`;
}
