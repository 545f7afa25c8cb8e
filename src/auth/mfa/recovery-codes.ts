import { createHash, randomInt } from "node:crypto";

// SECURITY-CRITICAL: the recovery codes of the two-step log-in (docs/decisions/116-two-step-login.md).
// 12 characters from a 32-letter alphabet (60 bits of chance) make guessing
// hopeless at the log-in's throttling, so a plain SHA-256 is enough to store
// them: the hash protects a leaked database copy, not a weak secret.

export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: read off paper without doubt.
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A new code, shown once as `XXXX-XXXX-XXXX`. */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [chars.slice(0, 4), chars.slice(4, 8), chars.slice(8)].map((group) => group.join("")).join("-");
}

/** The 12 characters of what was typed (any case, dashes and spaces ignored), or null when it cannot be a recovery code. */
export function normalizeRecoveryCode(typed: string): string | null {
  const clean = typed.replace(/[\s-]/g, "").toUpperCase();
  return clean.length === 12 && [...clean].every((c) => ALPHABET.includes(c)) ? clean : null;
}

/** What is stored of a code. */
export function hashRecoveryCode(code: string): string {
  const clean = normalizeRecoveryCode(code);
  if (clean === null) throw new Error("geen herstelcode");
  return createHash("sha256").update(`aanwezig.recovery-code|${clean}`).digest("hex");
}
