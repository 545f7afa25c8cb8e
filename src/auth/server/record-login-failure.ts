import "server-only";
import type { PrismaClient } from "@/db/generated/prisma/client";
import { THROTTLE_WINDOW_MINUTES, type ThrottleRule, waitSeconds } from "../login-throttle-policy";
import { DB_NOW } from "../session-limits";

/**
 * Counts a failed (or, where the rule says so, refused) log-in for one key, in
 * PostgreSQL so that every app process sees it, and sets the wait that follows.
 * Returns that wait in seconds (0: none).
 */
export async function recordLoginFailure({ prisma, key, rule }: { prisma: PrismaClient; key: string; rule: ThrottleRule }): Promise<number> {
  // Atomic, so that two processes counting at once both count.
  const [row] = await prisma.$queryRawUnsafe<{ failures: number }[]>(
    `INSERT INTO "LoginThrottle" AS t ("key", "failures", "lastFailureAt") VALUES ($1, 1, ${DB_NOW})
     ON CONFLICT ("key") DO UPDATE SET
       "failures" = CASE WHEN t."lastFailureAt" <= ${DB_NOW} - interval '${THROTTLE_WINDOW_MINUTES} minutes' THEN 1 ELSE t."failures" + 1 END,
       "lastFailureAt" = ${DB_NOW}
     RETURNING "failures"`,
    key,
  );
  const wait = waitSeconds(row!.failures, rule);
  if (wait > 0) {
    await prisma.$executeRawUnsafe(
      `UPDATE "LoginThrottle" SET "lockedUntil" = GREATEST(COALESCE("lockedUntil", ${DB_NOW}), ${DB_NOW} + make_interval(secs => $2))
       WHERE "key" = $1`,
      key, wait,
    );
  }
  // Rows of a day ago count for nothing any more; failures are rare enough to tidy up on each one.
  await prisma.$executeRawUnsafe(
    `DELETE FROM "LoginThrottle" WHERE "lastFailureAt" < ${DB_NOW} - interval '1 day' AND ("lockedUntil" IS NULL OR "lockedUntil" < ${DB_NOW})`,
  );
  return wait;
}
