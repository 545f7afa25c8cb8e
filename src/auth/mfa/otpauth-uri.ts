import { base32Encode } from "./base32";
import { TOTP_DIGITS, TOTP_STEP_SECONDS } from "./totp";

/**
 * What the QR code holds: the key-uri format that authenticator apps read.
 *
 * @example otpauthUri(secret, { account: "a@school.nl" }) //=> "otpauth://totp/Aanwezig:a%40school.nl?secret=…&issuer=Aanwezig&…"
 */
export function otpauthUri(secret: Buffer, { account, issuer = "Aanwezig" }: { account: string; issuer?: string }): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = new URLSearchParams({ secret: base32Encode(secret), issuer, algorithm: "SHA1", digits: String(TOTP_DIGITS), period: String(TOTP_STEP_SECONDS) });
  return `otpauth://totp/${label}?${query.toString()}`;
}
