import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "@/db/generated/prisma/client";
import { ACCOUNT_RULE, ADDRESS_RULE, LOCK_MINUTES, throttleKey } from "../../login-throttle-policy";
import { checkLoginThrottle } from "../../server/check-login-throttle";
import { clearLoginFailures } from "../../server/clear-login-failures";
import { recordLoginFailure } from "../../server/record-login-failure";
import { DB_NOW } from "../../session-limits";
import { normalizeTotp } from "../totp";
import { spendRecoveryCode } from "./recovery-code-store";
import { checkUserTotp } from "./user-totp";
import { withTenant } from "@/db/tenant-context";

// SECURITY-CRITICAL: the proof, between the two steps of a log-in, that the
// password step passed (docs/decisions/116-two-step-login.md). The browser
// holds a random token (256 bits); the database holds its SHA-256 with the
// person and the school. Valid for PENDING_MINUTES, for PENDING_MAX_FAILURES
// wrong codes, and for one log-in: never the password, never a session.

export const PENDING_MINUTES = 5;
export const PENDING_MAX_FAILURES = 5;

const hashOf = (token: string) => createHash("sha256").update(`aanwezig.pending-login|${token}`).digest("hex");

/** After a right password of a person with the second step: the token the second step must bring back. */
export async function startPendingLogin({ prisma, userId, schoolId, email }: { prisma: PrismaClient; userId: string; schoolId: string; email: string }): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await prisma.$executeRawUnsafe(
    `INSERT INTO "PendingLogin" ("tokenHash", "userId", "loginSchoolId", "accountKey", "createdAt", "expiresAt")
     VALUES ($1, $2::uuid, $3::uuid, $4, ${DB_NOW}, ${DB_NOW} + interval '${PENDING_MINUTES} minutes')`,
    hashOf(token), userId, schoolId, throttleKey("account", email),
  );
  // Old rows are worth nothing; log-ins are rare enough to tidy up on each.
  await prisma.$executeRawUnsafe(`DELETE FROM "PendingLogin" WHERE "expiresAt" < ${DB_NOW} - interval '1 day'`);
  return token;
}

export type SecondStepResult =
  | { kind: "ok"; user: { id: string; name: string; email: string; schoolId: string }; recoveryCodesLeft: number | null }
  | { kind: "wrong-code" }
  | { kind: "used-code" }
  | { kind: "expired" }
  | { kind: "too-many"; retryAfterSeconds: number };

/**
 * The second step: a code from the app (its time step once only) or a
 * recovery code (used up). A wrong code counts as a failed log-in of the
 * account and the address (docs/decisions/101-login-throttling.md); after
 * PENDING_MAX_FAILURES the password must be typed again.
 */
export async function completeSecondStep(
  { token, code }: { token: unknown; code: unknown },
  { prisma, clientAddress = null }: { prisma: PrismaClient; clientAddress?: string | null },
): Promise<SecondStepResult> {
  if (typeof token !== "string" || typeof code !== "string" || token.length > 100 || code.length > 40) return { kind: "expired" };
  const [pending] = await prisma.$queryRawUnsafe<{ userId: string; schoolId: string; accountKey: string }[]>(
    `SELECT "userId", "loginSchoolId" AS "schoolId", "accountKey" FROM "PendingLogin"
     WHERE "tokenHash" = $1 AND "usedAt" IS NULL AND "expiresAt" > ${DB_NOW} AND "failures" < $2`,
    hashOf(token), PENDING_MAX_FAILURES,
  );
  if (!pending) return { kind: "expired" };

  const keys = { account: pending.accountKey, address: clientAddress ? throttleKey("address", clientAddress) : null };
  const refusal = await checkLoginThrottle({ prisma, keys });
  if (refusal) return { kind: "too-many", retryAfterSeconds: refusal.retryAfterSeconds };

  let recoveryCodesLeft: number | null = null;
  if (normalizeTotp(code) !== null) {
    const check = await checkUserTotp(prisma, { userId: pending.userId, code });
    // A used code is no guess (it was right once); it neither counts nor passes.
    if (check === "used") return { kind: "used-code" };
    if (check === "wrong") return failure(prisma, hashOf(token), keys);
  } else {
    recoveryCodesLeft = await spendRecoveryCode(prisma, { userId: pending.userId, typed: code });
    if (recoveryCodesLeft === null) return failure(prisma, hashOf(token), keys);
  }

  // Once only: of two requests with one token, one claims it.
  const claimed = await prisma.$executeRawUnsafe(`UPDATE "PendingLogin" SET "usedAt" = ${DB_NOW} WHERE "tokenHash" = $1 AND "usedAt" IS NULL`, hashOf(token));
  if (claimed !== 1) return { kind: "expired" };
  // No session yet: row-level security shows the membership only to a query made for this person (decision 115).
  const user = await withTenant({ userId: pending.userId }, () => prisma.user.findFirst({
    where: { id: pending.userId, active: true, memberships: { some: { schoolId: pending.schoolId, active: true } } },
    select: { id: true, name: true, email: true },
  }));
  if (!user) return { kind: "expired" };
  await clearLoginFailures({ prisma, key: keys.account });
  return { kind: "ok", user: { ...user, schoolId: pending.schoolId }, recoveryCodesLeft };
}

async function failure(prisma: PrismaClient, tokenHash: string, keys: { account: string; address: string | null }): Promise<SecondStepResult> {
  await prisma.$executeRawUnsafe(`UPDATE "PendingLogin" SET "failures" = "failures" + 1 WHERE "tokenHash" = $1`, tokenHash);
  const waits = await Promise.all([
    recordLoginFailure({ prisma, key: keys.account, rule: ACCOUNT_RULE }),
    keys.address ? recordLoginFailure({ prisma, key: keys.address, rule: ADDRESS_RULE }) : 0,
  ]);
  const wait = Math.max(...waits);
  return wait >= LOCK_MINUTES * 60 ? { kind: "too-many", retryAfterSeconds: wait } : { kind: "wrong-code" };
}
