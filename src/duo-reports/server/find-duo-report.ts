import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";

const SELECT = {
  id: true, pupilId: true, state: true, duoStatus: true, endDate: true, beginDate: true, endDateUpdateNeeded: true, signalId: true, createdAt: true,
} as const satisfies Prisma.DuoReportSelect;
export type TFoundDuoReport = Prisma.DuoReportGetPayload<{ select: typeof SELECT }>;

/**
 * SECURITY-CRITICAL: a report of the actor's school, or NOT_FOUND — also for
 * an id of another school, which must look exactly like one that does not
 * exist. `forUpdate` locks the row for the rest of the transaction, so two
 * state changes of one report never interleave.
 */
export async function findDuoReport(
  tx: Prisma.TransactionClient,
  { schoolId, reportId, forUpdate = false }: { schoolId: string; reportId: string; forUpdate?: boolean },
): Promise<TFoundDuoReport> {
  if (forUpdate) {
    await tx.$executeRaw`SELECT 1 FROM "DuoReport" WHERE "schoolId" = ${schoolId}::uuid AND "id" = ${reportId}::uuid FOR UPDATE`;
  }
  const report = await tx.duoReport.findFirst({ where: { id: reportId, ...inSchool({ schoolId }) }, select: SELECT });
  if (!report) throw new AppError("NOT_FOUND", "Deze melding bestaat niet of hoort niet bij jouw school.");
  return report;
}
