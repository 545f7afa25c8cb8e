import "server-only";
import { prisma } from "@/db/client";
import type { Prisma } from "@/db/generated/prisma/client";
import { DB_NOW } from "../session-limits";

/**
 * (De)activates a person's membership of one school (Beheer → Mensen,
 * src/accounts/). Their sessions in that school end; reactivating does not
 * revive them.
 */
export async function setMembershipActive({ schoolId, userId, active }: { schoolId: string; userId: string; active: boolean }, db: Prisma.TransactionClient = prisma): Promise<void> {
  await db.$executeRawUnsafe(
    `UPDATE "Membership" SET "active" = $3, "sessionsValidAfter" = ${DB_NOW} WHERE "schoolId" = $1::uuid AND "userId" = $2::uuid`,
    schoolId, userId, active,
  );
}
