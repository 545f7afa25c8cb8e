import { createHmac, timingSafeEqual } from "node:crypto";

// SECURITY-CRITICAL: the time-based one-time codes of the two-step log-in
// (RFC 6238 over RFC 4226: HMAC-SHA1, 6 digits, 30-second steps), as every
// authenticator app computes them (docs/decisions/116-two-step-login.md).

export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps accepted either side of now: a phone's clock a little off, a code typed just as it changed. */
export const TOTP_WINDOW = 1;

/** The time step of an instant (milliseconds since 1970). */
export function totpStep(atMs: number): number {
  return Math.floor(atMs / 1000 / TOTP_STEP_SECONDS);
}

/**
 * The code of one time step; `digits` 6 unless a test vector asks for 8.
 *
 * @example totpCode(Buffer.from("12345678901234567890"), 1) //=> "287082" (RFC 6238, T = 59 s)
 */
export function totpCode(secret: Buffer, step: number, { digits = TOTP_DIGITS, algorithm = "sha1" }: { digits?: number; algorithm?: "sha1" | "sha256" | "sha512" } = {}): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const hmac = createHmac(algorithm, secret).update(counter).digest();
  const offset = hmac[hmac.length - 1]! & 0x0f;
  const binary = (hmac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(binary).padStart(digits, "0");
}

/**
 * The time step whose code `code` is, within TOTP_WINDOW steps of `atMs`;
 * "used" when it is the code of `lastUsedStep` or an earlier step (a step once
 * used never counts again: a code seen over someone's shoulder is worth
 * nothing once they have logged in with it). Null when it matches none.
 *
 * @example matchTotp(secret, "287082", { atMs: 89_000, lastUsedStep: null }) //=> 1 (the previous step still counts)
 */
export function matchTotp(secret: Buffer, code: string, { atMs, lastUsedStep }: { atMs: number; lastUsedStep: number | null }): number | "used" | null {
  const typed = normalizeTotp(code);
  if (typed === null) return null;
  const now = totpStep(atMs);
  let matched: number | null = null;
  // Every step in the window is computed and compared in constant time, whichever matches.
  for (let step = now - TOTP_WINDOW; step <= now + TOTP_WINDOW; step++) {
    if (timingSafeEqual(Buffer.from(totpCode(secret, step)), Buffer.from(typed)) && matched === null) matched = step;
  }
  if (matched === null) return null;
  return lastUsedStep !== null && matched <= lastUsedStep ? "used" : matched;
}

/** The six digits of what was typed (spaces and a dash in the middle allowed), or null. */
export function normalizeTotp(code: string): string | null {
  const digits = code.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}
