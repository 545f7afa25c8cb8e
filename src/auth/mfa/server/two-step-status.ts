import "server-only";
import { bsnKeyRing } from "@/bsn/bsn-key-ring";
import { prisma } from "@/db/client";
import { decryptTotpSecret } from "../totp-secret-cipher";
import { sealTotpSecret } from "../seal-totp-secret";
import { newTotpSecret } from "./user-totp";

export type TwoStepStatus =
  | { enabled: true; enabledAt: Date; recoveryCodesLeft: number }
  | { enabled: false; secret: Buffer };

/**
 * What the set-up page shows: the second step in use, or the secret being set
 * up (made on the first visit and kept until confirmed, so that reloading the
 * page does not make the code already scanned useless).
 */
export async function twoStepStatus({ userId }: { userId: string }): Promise<TwoStepStatus> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (user.totpEnabledAt) {
    const recoveryCodesLeft = await prisma.recoveryCode.count({ where: { userId, usedAt: null } });
    return { enabled: true, enabledAt: user.totpEnabledAt, recoveryCodesLeft };
  }
  if (user.totpSecret) return { enabled: false, secret: decryptTotpSecret(user.totpSecret, { keyRing: bsnKeyRing(), userId }) };
  const secret = newTotpSecret();
  // Only when there is none yet: two tabs opening the page at once agree on one secret.
  await prisma.user.updateMany({ where: { id: userId, totpSecret: null, totpEnabledAt: null }, data: { totpSecret: sealTotpSecret(secret, userId) } });
  return twoStepStatus({ userId });
}
