import "server-only";
import { prisma } from "@/db/client";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import type { AbsenceReportKind } from "@/db/generated/prisma/enums";
import type { TUpdateReportLimits } from "../schemas";

/** What parents and pupils of 18+ may report online, and the phone number a refusal shows (decision 121). */
export async function updateReportLimits({ actor, input }: { actor: Actor; input: TUpdateReportLimits }): Promise<string> {
  const reportKinds: AbsenceReportKind[] = [...(input.reportSick ? ["SICK" as const] : []), ...(input.reportMedical ? ["MEDICAL" as const] : [])];
  const data = {
    reportTodayUntilMinutes: input.reportTodayUntil, reportDaysAhead: input.reportDaysAhead, appointmentTravelMinutes: input.appointmentTravelMinutes,
    reportKinds, phone: input.phone || null,
  };
  await prisma.$transaction(async (tx) => {
    await tx.school.update({ where: { id: actor.schoolId }, data, select: { id: true } });
    await recordAudit(tx, { actor, action: "school.report-limits.update", entityType: "School", entityId: actor.schoolId, details: data });
  });
  return "De regels voor online melden zijn opgeslagen.";
}
