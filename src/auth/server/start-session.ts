import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/db/client";
import { DB_NOW, SESSION_LIMITS } from "../session-limits";

/**
 * A new Session row at log-in; its id goes into the session token. The id is
 * random (not a time-ordered uuid), and the token that carries it is
 * encrypted and signed with AUTH_SECRET.
 */
export async function startSession({ schoolId, userId, userAgent }: { schoolId: string; userId: string; userAgent: string | null }): Promise<string> {
  const id = randomUUID();
  await prisma.$executeRawUnsafe(
    `INSERT INTO "Session" ("schoolId", "id", "userId", "createdAt", "lastSeenAt", "expiresAt", "userAgent")
     VALUES ($1::uuid, $2::uuid, $3::uuid, ${DB_NOW}, ${DB_NOW}, ${DB_NOW} + interval '${SESSION_LIMITS.absoluteHours} hours', $4)`,
    schoolId, id, userId, userAgent?.slice(0, 200) ?? null,
  );
  return id;
}
