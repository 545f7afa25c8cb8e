import "server-only";
import type { Role } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import { DB_NOW } from "../session-limits";

/**
 * New roles for a person in one school (for the admin pages to come). Their
 * sessions in that school end, so that they log in again and see the app of
 * their new roles (and an open page of an old role cannot act on).
 */
export async function setMembershipRoles({ schoolId, userId, roles }: { schoolId: string; userId: string; roles: Role[] }): Promise<void> {
  await prisma.$executeRawUnsafe(
    `UPDATE "Membership" SET "roles" = $3::"Role"[], "sessionsValidAfter" = ${DB_NOW} WHERE "schoolId" = $1::uuid AND "userId" = $2::uuid`,
    schoolId, userId, roles,
  );
}
