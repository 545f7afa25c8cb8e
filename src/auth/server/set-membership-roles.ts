import "server-only";
import type { Role } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import type { Prisma } from "@/db/generated/prisma/client";
import { DB_NOW } from "../session-limits";

/**
 * New roles for a person in one school (Beheer → Mensen, src/accounts/). Their
 * sessions in that school end, so that they log in again and see the app of
 * their new roles (and an open page of an old role cannot act on).
 */
export async function setMembershipRoles({ schoolId, userId, roles }: { schoolId: string; userId: string; roles: Role[] }, db: Prisma.TransactionClient = prisma): Promise<void> {
  await db.$executeRawUnsafe(
    `UPDATE "Membership" SET "roles" = $3::"Role"[], "sessionsValidAfter" = ${DB_NOW} WHERE "schoolId" = $1::uuid AND "userId" = $2::uuid`,
    schoolId, userId, roles,
  );
}
