import "server-only";
import type { Actor } from "@/auth/load-actor";
import { prisma } from "@/db/client";
import type { Prisma } from "@/db/generated/prisma/client";

/** How long a previewed import waits for its confirmation (decision 141). */
export const PENDING_IMPORT_MINUTES = 60;

export type ImportKind = "pupils" | "guardians" | "staff" | "timetable-zermelo" | "timetable-untis";

/**
 * Keeps a checked import between its preview and the administrator's confirmation: the parsed rows
 * (`payload`), never the file. Expired pending imports of the school go at the same time, so nothing of
 * an abandoned import outlives the next one by more than an hour.
 */
export async function savePendingImport(
  { actor, kind, fileName, payload }: { actor: Actor; kind: ImportKind; fileName: string; payload: Prisma.InputJsonValue },
  now = new Date(),
): Promise<string> {
  await prisma.pendingImport.deleteMany({ where: { schoolId: actor.schoolId, expiresAt: { lt: now } } });
  const row = await prisma.pendingImport.create({
    data: {
      schoolId: actor.schoolId,
      kind,
      fileName: fileName.slice(0, 200),
      createdById: actor.userId,
      expiresAt: new Date(now.getTime() + PENDING_IMPORT_MINUTES * 60_000),
      payload,
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * The pending import of this kind that this administrator previewed, if it has not expired; null when it
 * is gone (confirmed, cancelled, expired) or is another school's or person's. Inside the confirmation's
 * transaction, with `deletePendingImport` in the same one, so a double click writes once.
 */
export async function findPendingImport<T>(
  tx: Prisma.TransactionClient,
  { actor, kind, id }: { actor: Actor; kind: ImportKind; id: string },
  now = new Date(),
): Promise<{ id: string; fileName: string; payload: T } | null> {
  const rows = await tx.$queryRaw<{ id: string; fileName: string; payload: T }[]>`
    SELECT "id", "fileName", "payload" FROM "PendingImport"
    WHERE "schoolId" = ${actor.schoolId}::uuid AND "id" = ${id}::uuid AND "kind" = ${kind}
      AND "createdById" = ${actor.userId}::uuid AND "expiresAt" > ${now}
    FOR UPDATE`;
  return rows[0] ?? null;
}

export async function deletePendingImport(tx: Prisma.TransactionClient, { actor, id }: { actor: Actor; id: string }): Promise<void> {
  await tx.pendingImport.deleteMany({ where: { schoolId: actor.schoolId, id } });
}

/** Replaces what a pending import holds (a corrected column mapping or end date), inside the caller's transaction. */
export async function replacePendingImport(tx: Prisma.TransactionClient, { actor, id, payload }: { actor: Actor; id: string; payload: Prisma.InputJsonValue }): Promise<void> {
  await tx.pendingImport.updateMany({ where: { schoolId: actor.schoolId, id, createdById: actor.userId }, data: { payload } });
}
