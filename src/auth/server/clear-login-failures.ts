import "server-only";
import type { PrismaClient } from "@/db/generated/prisma/client";

/** A successful log-in forgets the account's failures (not the address's: one good account must not reset an attacker's count). */
export async function clearLoginFailures({ prisma, key }: { prisma: PrismaClient; key: string }): Promise<void> {
  await prisma.$executeRawUnsafe(`DELETE FROM "LoginThrottle" WHERE "key" = $1`, key);
}
