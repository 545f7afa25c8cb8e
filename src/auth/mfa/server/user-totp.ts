import "server-only";
import { randomBytes } from "node:crypto";
import { bsnKeyRing } from "@/bsn/bsn-key-ring";
import type { Prisma, PrismaClient } from "@/db/generated/prisma/client";
import { matchTotp } from "../totp";
import { decryptTotpSecret } from "../totp-secret-cipher";

type Db = PrismaClient | Prisma.TransactionClient;

/** A new secret: 160 bits, as RFC 4226 recommends. */
export function newTotpSecret(): Buffer {
  return randomBytes(20);
}

export type TotpCheck = "ok" | "used" | "wrong";

/**
 * SECURITY-CRITICAL: checks a typed code against the person's secret (the one
 * being set up when `enrolling`, otherwise the one in use) and, when it
 * matches, records its time step as used, atomically: of two requests with
 * the same code only one succeeds.
 */
export async function checkUserTotp(db: Db, { userId, code, enrolling = false, atMs = Date.now() }: { userId: string; code: string; enrolling?: boolean; atMs?: number }): Promise<TotpCheck> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true } });
  if (!user?.totpSecret || (user.totpEnabledAt === null) !== enrolling) return "wrong";
  const secret = decryptTotpSecret(user.totpSecret, { keyRing: bsnKeyRing(), userId });
  const match = matchTotp(secret, code, { atMs, lastUsedStep: user.totpLastStep });
  if (match === null) return "wrong";
  if (match === "used") return "used";
  const claimed = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: match } }] },
    data: { totpLastStep: match },
  });
  return claimed.count === 1 ? "ok" : "used";
}
