import { createHash, randomBytes } from "node:crypto";

// Security-critical: the keys that protect every stored BSN (decision 111).

/** One AES-256 key with the id that ciphertexts name it by. */
export interface TBsnKey {
  id: string;
  key: Buffer;
}

/** The current key (encrypts) and every key that may still decrypt, by id (the current one included). */
export interface TBsnKeyRing {
  current: TBsnKey;
  byId: ReadonlyMap<string, Buffer>;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/** A key's default id: a short fingerprint, so two different keys never share an id by accident. */
export function bsnKeyFingerprint(key: Buffer): string {
  return `k${createHash("sha256").update("aanwezig.bsn-key-id").update(key).digest("hex").slice(0, 10)}`;
}

/**
 * Reads one key as `[id:]base64` (32 bytes). Errors never repeat the key.
 *
 * @example parseBsnKey("2026:" + base64Of32Bytes) // { id: "2026", key }
 */
export function parseBsnKey(entry: string): TBsnKey {
  const text = entry.trim();
  const colon = text.indexOf(":");
  const [id, encoded] = colon === -1 ? [undefined, text] : [text.slice(0, colon), text.slice(colon + 1)];
  if (id !== undefined && !KEY_ID.test(id)) throw new Error("sleutel-id mag alleen letters, cijfers, - en _ bevatten (hoogstens 32 tekens)");
  if (!BASE64.test(encoded)) throw new Error("sleutel moet base64 zijn");
  const key = Buffer.from(encoded, "base64");
  if (key.length !== 32) throw new Error(`sleutel moet 32 bytes zijn (base64), niet ${key.length}`);
  return { id: id ?? bsnKeyFingerprint(key), key };
}

/**
 * The key ring from the current key and a comma-separated list of older keys
 * (for decryption only, until `npm run bsn:rotate` has re-encrypted everything).
 * Refuses two different keys under one id.
 */
export function parseBsnKeyRing(current: string, older: string = ""): TBsnKeyRing {
  const now = parseBsnKey(current);
  const byId = new Map<string, Buffer>([[now.id, now.key]]);
  for (const entry of older.split(",").filter((e) => e.trim() !== "")) {
    const old = parseBsnKey(entry);
    const known = byId.get(old.id);
    if (known && !known.equals(old.key)) throw new Error(`twee verschillende sleutels met id ${old.id}`);
    byId.set(old.id, old.key);
  }
  return { current: now, byId };
}

/** A new random key in the `id:base64` form that BSN_ENCRYPTION_KEY accepts. */
export function generateBsnKeyEntry(): string {
  const key = randomBytes(32);
  return `${bsnKeyFingerprint(key)}:${key.toString("base64")}`;
}
