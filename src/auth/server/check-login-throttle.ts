import "server-only";
import type { PrismaClient } from "@/db/generated/prisma/client";
import { ACCOUNT_RULE } from "../login-throttle-policy";
import { DB_NOW } from "../session-limits";
import { recordLoginFailure } from "./record-login-failure";

export type ThrottleKeys = { account: string; address: string | null };

/**
 * Whether a log-in may be tried now. Returns the seconds to wait when the
 * account or the client address is waiting or locked; the password is then
 * not checked at all. A try during an account's wait counts as a failure
 * (a person types slower than the wait; a script does not).
 */
export async function checkLoginThrottle({ prisma, keys }: { prisma: PrismaClient; keys: ThrottleKeys }): Promise<{ retryAfterSeconds: number } | null> {
  const wanted = keys.address ? [keys.account, keys.address] : [keys.account];
  const rows = await prisma.$queryRawUnsafe<{ key: string; failures: number; seconds: number }[]>(
    `SELECT "key", "failures", EXTRACT(EPOCH FROM "lockedUntil" - ${DB_NOW})::float8 AS "seconds"
     FROM "LoginThrottle" WHERE "key" = ANY($1::text[]) AND "lockedUntil" > ${DB_NOW}`,
    wanted,
  );
  if (rows.length === 0) return null;
  let retryAfterSeconds = Math.max(...rows.map((row) => row.seconds));
  const account = rows.find((row) => row.key === keys.account);
  if (account && account.failures < ACCOUNT_RULE.lockAt && ACCOUNT_RULE.refusalsCount) {
    retryAfterSeconds = Math.max(retryAfterSeconds, await recordLoginFailure({ prisma, key: keys.account, rule: ACCOUNT_RULE }));
  }
  // An address's refusals do not count (ADDRESS_RULE): one impatient person must not lock out their whole school.
  return { retryAfterSeconds };
}
