import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";

type AuditInput = {
  /** `userId: null` for a step of the system itself (an automatic end date, the nightly pass). */
  actor: { schoolId: string; userId: string | null };
  action: string;
  entityType: string;
  entityId?: string;
  pupilId?: string;
  reason?: string;
  details?: Prisma.InputJsonValue;
};

/** Writes an audit entry inside the caller's transaction, so the change and its record stand or fall together. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      schoolId: entry.actor.schoolId,
      actorId: entry.actor.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      pupilId: entry.pupilId ?? null,
      reason: entry.reason ?? null,
      details: entry.details,
    },
    select: { id: true },
  });
}
