import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import { AppError } from "@/errors/app-error";

export const LAST_ADMIN = "Dit is de laatste actieve beheerder van de school. Maak eerst iemand anders beheerder.";

/**
 * SECURITY-CRITICAL: a school always keeps an active administrator, or nobody
 * could let people in or out any more. Refuses when no other active person of
 * the school holds ADMIN. The school's ADMIN memberships are locked first, so
 * two administrators taking each other's role at the same moment cannot both
 * pass.
 */
export async function ensureAnotherAdmin(tx: Prisma.TransactionClient, { schoolId, userId }: { schoolId: string; userId: string }): Promise<void> {
  const others = await tx.$queryRawUnsafe<{ userId: string }[]>(
    `SELECT m."userId"::text AS "userId" FROM "Membership" m JOIN "User" u ON u."id" = m."userId"
     WHERE m."schoolId" = $1::uuid AND 'ADMIN' = ANY(m."roles") AND m."active" AND u."active" AND u."passwordHash" IS NOT NULL
     FOR UPDATE OF m`,
    schoolId,
  );
  if (!others.some((row) => row.userId !== userId)) throw new AppError("RULE_VIOLATION", LAST_ADMIN, { roles: [LAST_ADMIN] });
}
