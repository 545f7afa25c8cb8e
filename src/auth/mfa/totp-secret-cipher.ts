import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { TBsnKeyRing } from "@/bsn/key-ring";

// SECURITY-CRITICAL: a person's TOTP secret at rest. The same key ring and the
// same AES-256-GCM form as the BSN (docs/decisions/111-bsn-encrypted-at-rest.md),
//   v1:<keyId>:<iv base64>:<ciphertext base64>:<tag base64>
// with associated data of its own that names the user, so a secret copied onto
// another person's row, or into a pupil's BSN column, does not decrypt.

const VERSION = "v1";

function associatedData(userId: string): Buffer {
  return Buffer.from(`aanwezig.user.totp-secret|${VERSION}|${userId}`, "utf8");
}

export function encryptTotpSecret(secret: Buffer, { keyRing, userId }: { keyRing: TBsnKeyRing; userId: string }): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyRing.current.key, iv);
  cipher.setAAD(associatedData(userId));
  const ciphertext = Buffer.concat([cipher.update(secret), cipher.final()]);
  return [VERSION, keyRing.current.id, iv.toString("base64"), ciphertext.toString("base64"), cipher.getAuthTag().toString("base64")].join(":");
}

/** The secret; throws (without repeating anything of it) when it was changed, moved or its key is not in the ring. */
export function decryptTotpSecret(stored: string, { keyRing, userId }: { keyRing: TBsnKeyRing; userId: string }): Buffer {
  const parts = stored.split(":");
  if (parts.length !== 5 || parts[0] !== VERSION) throw new Error("TOTP-geheim onleesbaar: onbekende vorm");
  const [, keyId, iv, ciphertext, tag] = parts as [string, string, string, string, string];
  const key = keyRing.byId.get(keyId);
  if (!key) throw new Error(`TOTP-geheim onleesbaar: sleutel ${keyId} staat niet in de sleutelring`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"), { authTagLength: 16 });
  decipher.setAAD(associatedData(userId));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()]);
  } catch {
    throw new Error("TOTP-geheim onleesbaar: gewijzigd, van een ander account of met een andere sleutel gemaakt");
  }
}
