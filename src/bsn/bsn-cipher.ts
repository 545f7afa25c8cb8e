import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { TBsnKeyRing } from "./key-ring";

// Security-critical: encryption of the burgerservicenummer at rest (decision 111).
// AES-256-GCM, a fresh 96-bit IV per value, stored as
//   v1:<keyId>:<iv base64>:<ciphertext base64>:<tag base64>
// The associated data names the pupil (school and pupil id), so a ciphertext
// copied onto another pupil's row does not decrypt. No error message here ever
// contains the number or the key.

const VERSION = "v1";

/** Whose BSN a value is; bound into the ciphertext as associated data. */
export interface TBsnOwner {
  schoolId: string;
  pupilId: string;
}

/** A stored BSN that cannot be decrypted: tampered, moved, unknown key or not ciphertext at all. */
export class BsnUnreadableError extends Error {
  override name = "BsnUnreadableError";
  readonly reason: "format" | "unknown-key" | "authentication";
  constructor(reason: BsnUnreadableError["reason"], keyId?: string) {
    super(
      reason === "unknown-key"
        ? `BSN onleesbaar: sleutel ${keyId} staat niet in de sleutelring (BSN_ENCRYPTION_OLD_KEYS)`
        : reason === "format"
          ? "BSN onleesbaar: geen versleutelde waarde in de verwachte vorm"
          : "BSN onleesbaar: de versleutelde waarde is gewijzigd, hoort bij een andere leerling of is met een andere sleutel gemaakt",
    );
    this.reason = reason;
  }
}

function associatedData(owner: TBsnOwner): Buffer {
  return Buffer.from(`aanwezig.pupil.bsn|${VERSION}|${owner.schoolId}|${owner.pupilId}`, "utf8");
}

/**
 * Encrypts a BSN for one pupil with the ring's current key.
 *
 * @example encryptBsn("123456782", { keyRing, owner: { schoolId, pupilId } }) // "v1:k1a2b…:…:…:…"
 */
export function encryptBsn(bsn: string, { keyRing, owner }: { keyRing: TBsnKeyRing; owner: TBsnOwner }): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyRing.current.key, iv);
  cipher.setAAD(associatedData(owner));
  const ciphertext = Buffer.concat([cipher.update(bsn, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, keyRing.current.id, iv.toString("base64"), ciphertext.toString("base64"), tag.toString("base64")].join(":");
}

/** The key id of a stored value, or null when it is not a `v1:` ciphertext (e.g. a plaintext BSN from before encryption). */
export function bsnKeyIdOf(stored: string): string | null {
  const parts = stored.split(":");
  return parts.length === 5 && parts[0] === VERSION ? parts[1]! : null;
}

/**
 * Decrypts a stored BSN of one pupil with whichever key of the ring made it.
 * Throws BsnUnreadableError when it was changed, belongs to another pupil or
 * its key is not in the ring.
 */
export function decryptBsn(stored: string, { keyRing, owner }: { keyRing: TBsnKeyRing; owner: TBsnOwner }): string {
  const parts = stored.split(":");
  if (parts.length !== 5 || parts[0] !== VERSION) throw new BsnUnreadableError("format");
  const [, keyId, ivText, ciphertextText, tagText] = parts as [string, string, string, string, string];
  const key = keyRing.byId.get(keyId);
  if (!key) throw new BsnUnreadableError("unknown-key", keyId);
  const iv = Buffer.from(ivText, "base64");
  const tag = Buffer.from(tagText, "base64");
  if (iv.length !== 12 || tag.length !== 16) throw new BsnUnreadableError("format");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: 16 });
    decipher.setAAD(associatedData(owner));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(ciphertextText, "base64")), decipher.final()]).toString("utf8");
  } catch {
    throw new BsnUnreadableError("authentication");
  }
}
