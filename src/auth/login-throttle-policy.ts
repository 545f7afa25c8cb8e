import { createHash } from "node:crypto";

/**
 * When failed log-ins make people wait (docs/decisions/101-login-throttling.md).
 * Counted per account (the e-mail address typed, whether or not it exists) and
 * per client address; failures more than `windowMinutes` after the previous
 * one start a new count.
 *
 * - account: from the 5th failure a growing wait (1, 2, 4, 8, 16 s); a try
 *   during the wait is refused and counts as a failure; the 10th failure locks
 *   the account for 15 minutes.
 * - address: many people share a school's address, so the limits are higher
 *   and a refused try does not count: from the 20th failure a growing wait (at
 *   most a minute), the 100th locks the address for 15 minutes.
 */
export const THROTTLE_WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

export type ThrottleRule = { delayFrom: number; lockAt: number; maxDelaySeconds: number; refusalsCount: boolean };

export const ACCOUNT_RULE: ThrottleRule = { delayFrom: 5, lockAt: 10, maxDelaySeconds: 60, refusalsCount: true };
export const ADDRESS_RULE: ThrottleRule = { delayFrom: 20, lockAt: 100, maxDelaySeconds: 60, refusalsCount: false };

/** Seconds to wait after `failures` failures in a row; 0: no wait. */
export function waitSeconds(failures: number, rule: ThrottleRule): number {
  if (failures >= rule.lockAt) return LOCK_MINUTES * 60;
  if (failures >= rule.delayFrom) return Math.min(2 ** (failures - rule.delayFrom), rule.maxDelaySeconds);
  return 0;
}

/** The stored key: a hash, so that no typed e-mail address (or a password typed into that field) is kept. */
export function throttleKey(kind: "account" | "address", value: string): string {
  return createHash("sha256").update(`${kind}:${value.trim().toLowerCase()}`).digest("hex");
}
