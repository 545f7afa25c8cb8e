import "server-only";
import { prisma } from "@/db/client";
import { DB_NOW } from "../session-limits";

/**
 * (De)activates a person's membership of one school (for the admin pages to
 * come). Their sessions in that school end; reactivating does not revive them.
 */
export async function setMembershipActive({ schoolId, userId, active }: { schoolId: string; userId: string; active: boolean }): Promise<void> {
  await prisma.$executeRawUnsafe(
    `UPDATE "Membership" SET "active" = $3, "sessionsValidAfter" = ${DB_NOW} WHERE "schoolId" = $1::uuid AND "userId" = $2::uuid`,
    schoolId, userId, active,
  );
}
