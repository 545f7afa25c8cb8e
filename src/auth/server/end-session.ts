import "server-only";
import { prisma } from "@/db/client";
import { UUID } from "../load-actor";
import { DB_NOW } from "../session-limits";
import type { SessionClaims } from "../load-session-actor";

/** Log-out: the session's row is revoked, so its token (and any copy of its cookie) opens nothing any more. */
export async function endSession({ sessionId, userId, schoolId }: SessionClaims): Promise<void> {
  if (!UUID.test(sessionId) || !UUID.test(userId) || !UUID.test(schoolId)) return;
  await prisma.$executeRawUnsafe(
    `UPDATE "Session" SET "revokedAt" = ${DB_NOW}
     WHERE "schoolId" = $1::uuid AND "id" = $2::uuid AND "userId" = $3::uuid AND "revokedAt" IS NULL`,
    schoolId, sessionId, userId,
  );
}
