import { base32Decode } from "@/auth/mfa/base32";
import { totpCode, totpStep } from "@/auth/mfa/totp";

/**
 * The TOTP secret of every demo account whose role requires the two-step
 * log-in (verzuim@, directie@, beheer@): public, like the demo password, and
 * in the README. Add it to an authenticator app by hand, or print the current
 * code with `npm run demo:code -- <e-mail>`. The test factories use it too.
 */
export const DEMO_TOTP_SECRET = "AANWEZIGDEMOTWEESTAPSVERIFICATIE";

export function demoTotpSecret(): Buffer {
  return base32Decode(DEMO_TOTP_SECRET);
}

/** The demo accounts' code at an instant (default: now). */
export function demoTotpCode(atMs: number = Date.now()): string {
  return totpCode(demoTotpSecret(), totpStep(atMs));
}
