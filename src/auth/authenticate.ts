import { z } from "zod";
import type { PrismaClient } from "@/db/generated/prisma/client";
import { withTenant } from "@/db/tenant-context";
import { randomUUID } from "node:crypto";
import { hashPassword, verifyPassword } from "./password";
import { ACCOUNT_RULE, ADDRESS_RULE, LOCK_MINUTES, throttleKey } from "./login-throttle-policy";
import { checkLoginThrottle } from "./server/check-login-throttle";
import { clearLoginFailures } from "./server/clear-login-failures";
import { recordLoginFailure } from "./server/record-login-failure";

export const ZCredentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email("Vul een geldig e-mailadres in.").max(254),
  password: z.string().min(1, "Vul je wachtwoord in.").max(200),
});
export type TCredentials = z.infer<typeof ZCredentialsSchema>;

/** `twoStep`: the password was right, and the log-in still needs the second step (src/auth/mfa/server/pending-login.ts). */
export type AuthenticatedUser = { id: string; name: string; email: string; schoolId: string; twoStep: boolean };

/** Too many failed log-ins for this account or address: not tried; try again after `retryAfterSeconds`. */
export class TooManyAttemptsError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("Too many failed log-ins");
  }
}

// A real argon2id hash of a random password, so that an unknown e-mail address
// costs as much time as a wrong password and log-in timing reveals nothing.
let dummyHash: Promise<string> | undefined;
function timingDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomUUID());
  return dummyHash;
}

/**
 * SECURITY-CRITICAL: the only place that decides whether a log-in succeeds.
 * Returns null for every kind of failure (unknown user, wrong password,
 * deactivated user, no active membership) so the caller cannot tell them apart.
 * Throws TooManyAttemptsError while the account (the e-mail address, whether
 * or not it exists) or the client address has failed too often
 * (docs/decisions/101-login-throttling.md).
 */
export async function authenticate(
  credentials: unknown,
  { prisma, clientAddress = null }: { prisma: PrismaClient; clientAddress?: string | null },
): Promise<AuthenticatedUser | null> {
  const parsed = ZCredentialsSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  const keys = { account: throttleKey("account", email), address: clientAddress ? throttleKey("address", clientAddress) : null };
  const refusal = await checkLoginThrottle({ prisma, keys });
  if (refusal) throw new TooManyAttemptsError(refusal.retryAfterSeconds);
  const user = await checkPassword(prisma, email, password);
  if (!user) {
    const waits = await Promise.all([
      recordLoginFailure({ prisma, key: keys.account, rule: ACCOUNT_RULE }),
      keys.address ? recordLoginFailure({ prisma, key: keys.address, rule: ADDRESS_RULE }) : 0,
    ]);
    // The failure that locks says so at once; a short wait shows on the next (too quick) try.
    const wait = Math.max(...waits);
    if (wait >= LOCK_MINUTES * 60) throw new TooManyAttemptsError(wait);
    return null;
  }
  // Two-step log-in (docs/decisions/116): the failures are forgotten only when the second step passes
  // too, or a known password would reset the count of guessed codes.
  const twoStep = await hasTwoStep(prisma, user.id);
  if (!twoStep) await clearLoginFailures({ prisma, key: keys.account });
  return { ...user, twoStep };
}

async function hasTwoStep(prisma: PrismaClient, userId: string): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  return user?.totpEnabledAt != null;
}

async function checkPassword(prisma: PrismaClient, email: string, password: string): Promise<Omit<AuthenticatedUser, "twoStep"> | null> {
  const user = await prisma.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      email: true,
      passwordHash: true,
      active: true,
    },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await timingDummyHash()), password);
  if (!user || !passwordOk || !user.active) return null;
  // No school is chosen yet: row-level security shows a person's memberships only to a query made for
  // that person (docs/decisions/115-row-level-security.md).
  const membership = await withTenant({ userId: user.id }, () =>
    prisma.membership.findFirst({ where: { userId: user.id, active: true }, select: { schoolId: true }, orderBy: { createdAt: "asc" } }),
  );
  if (!membership) return null;

  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() }, select: { id: true } });
  return { id: user.id, name: user.name, email: user.email, schoolId: membership.schoolId };
}
