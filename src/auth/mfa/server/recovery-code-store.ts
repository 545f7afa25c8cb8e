import "server-only";
import type { Prisma, PrismaClient } from "@/db/generated/prisma/client";
import { hashRecoveryCode, newRecoveryCode, normalizeRecoveryCode, RECOVERY_CODE_COUNT } from "../recovery-codes";

type Db = PrismaClient | Prisma.TransactionClient;

/** Replaces every recovery code of a person with new ones (the old stop working); returns them to show once. */
export async function replaceRecoveryCodes(tx: Prisma.TransactionClient, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })) });
  return codes;
}

/** SECURITY-CRITICAL: uses up one recovery code, atomically. Returns how many are left, or null when it is no unused code of this person. */
export async function spendRecoveryCode(db: Db, { userId, typed }: { userId: string; typed: string }): Promise<number | null> {
  if (normalizeRecoveryCode(typed) === null) return null;
  const used = await db.recoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(typed), usedAt: null }, data: { usedAt: new Date() } });
  if (used.count !== 1) return null;
  return db.recoveryCode.count({ where: { userId, usedAt: null } });
}
