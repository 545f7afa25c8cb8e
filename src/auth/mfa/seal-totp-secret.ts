import { bsnKeyRing } from "@/bsn/bsn-key-ring";
import { encryptTotpSecret } from "./totp-secret-cipher";

/**
 * A TOTP secret as `User.totpSecret` stores it, with this process's key ring.
 * Not "server-only": the demo seed and the factories write it too.
 */
export function sealTotpSecret(secret: Buffer, userId: string): string {
  return encryptTotpSecret(secret, { keyRing: bsnKeyRing(), userId });
}
