import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import { DB_NOW } from "../../session-limits";

/**
 * Ends every session of a person except this one (in every school): after the
 * way they log in changed, a session started the old way should not linger.
 * Not tenant-scoped on purpose: one person, all their sessions.
 */
export async function endOtherSessions(tx: Prisma.TransactionClient, { userId, sessionId }: { userId: string; sessionId: string | undefined }): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE "Session" SET "revokedAt" = ${DB_NOW} WHERE "userId" = $1::uuid AND "revokedAt" IS NULL AND "id" <> COALESCE($2::uuid, '00000000-0000-0000-0000-000000000000'::uuid)`,
    userId, sessionId ?? null,
  );
}
