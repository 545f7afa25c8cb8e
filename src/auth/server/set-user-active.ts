import "server-only";
import { prisma } from "@/db/client";
import { DB_NOW } from "../session-limits";

/**
 * (De)activates a person on the platform (for the operator's pages to come).
 * Every session ends with it, so a later reactivation does not bring old
 * sessions back to life.
 */
export async function setUserActive({ userId, active }: { userId: string; active: boolean }): Promise<void> {
  await prisma.$executeRawUnsafe(
    `UPDATE "User" SET "active" = $2, "sessionsValidAfter" = ${DB_NOW} WHERE "id" = $1::uuid`,
    userId, active,
  );
}
