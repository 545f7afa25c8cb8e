import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import { recordAudit } from "@/audit/server/record-audit";
import { appNow } from "@/calendar/app-clock";

/**
 * One step in a report's history: the DuoReportEvent the page shows, and the
 * audit entry, in the caller's transaction so they stand or fall with the
 * change. `actor` null is the system (an LRV's end date found by the signals'
 * re-evaluation): recordAudit needs a person, so the entry is written here
 * with an empty actor.
 */
export async function recordDuoEvent(
  tx: Prisma.TransactionClient,
  event: {
    actor: { schoolId: string; userId: string } | { schoolId: string; userId: null };
    reportId: string;
    pupilId: string;
    action: string;
    fromState: string | null;
    toState: string;
    note?: string | null;
    details?: Prisma.InputJsonValue;
  },
): Promise<void> {
  const { actor } = event;
  await tx.duoReportEvent.create({
    // The app's clock, like the report's own dates (APP_NOW in demos and tests); the audit entry keeps the database's.
    data: { schoolId: actor.schoolId, reportId: event.reportId, at: appNow(), byId: actor.userId, fromState: event.fromState, toState: event.toState, note: event.note ?? null },
    select: { id: true },
  });
  const audit = { action: event.action, entityType: "DuoReport", entityId: event.reportId, pupilId: event.pupilId, details: event.details };
  if (actor.userId !== null) {
    await recordAudit(tx, { actor: { schoolId: actor.schoolId, userId: actor.userId }, ...audit });
  } else {
    await tx.auditEntry.create({ data: { schoolId: actor.schoolId, actorId: null, reason: event.note ?? null, ...audit }, select: { id: true } });
  }
}
