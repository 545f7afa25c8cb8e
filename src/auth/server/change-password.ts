import "server-only";
import { prisma } from "@/db/client";
import type { Prisma } from "@/db/generated/prisma/client";
import { hashPassword } from "../password";
import { DB_NOW } from "../session-limits";

/**
 * A new password for a person (the invitation and reset links of src/accounts/,
 * which check who may do this). Every session of the person ends with it, in every
 * school: whoever knew the old password is logged out too.
 */
export async function changePassword({ userId, newPassword }: { userId: string; newPassword: string }, db: Prisma.TransactionClient = prisma): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await db.$executeRawUnsafe(
    `UPDATE "User" SET "passwordHash" = $2, "sessionsValidAfter" = ${DB_NOW} WHERE "id" = $1::uuid`,
    userId, passwordHash,
  );
}
