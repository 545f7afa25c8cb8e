import { createHash } from "node:crypto";
import { bsnKeySettings } from "@/env";
import { parseBsnKeyRing, type TBsnKeyRing } from "./key-ring";

// Security-critical: which keys encrypt and decrypt every stored BSN (decision 111).
// Not "server-only": the start-up and `bsn:rotate` scripts use it too. Never
// imported by a client component (it reads the keys).

/**
 * The key of development and tests when BSN_ENCRYPTION_KEY is unset. It is
 * public (derived from this text), so its id says so: a database holding
 * values under it has no protection. Never used with NODE_ENV=production.
 */
export const DEVELOPMENT_BSN_KEY_ID = "ontwikkeling-niet-voor-productie";
const DEVELOPMENT_BSN_KEY = `${DEVELOPMENT_BSN_KEY_ID}:${createHash("sha256").update("Aanwezig: openbare ontwikkelsleutel, NIET voor productie").digest("base64")}`;

let cached: { current: string; older: string; ring: TBsnKeyRing } | undefined;

/**
 * The BSN key ring of this process, from BSN_ENCRYPTION_KEY and
 * BSN_ENCRYPTION_OLD_KEYS (npm start fills the first from DATA_DIR/bsn-key
 * for the embedded database). Outside production an unset key means the
 * public development key; in production it is an error.
 */
export function bsnKeyRing(): TBsnKeyRing {
  const settings = bsnKeySettings();
  if (!settings.BSN_ENCRYPTION_KEY && settings.NODE_ENV === "production") {
    throw new Error("BSN_ENCRYPTION_KEY ontbreekt: zonder sleutel kan de app geen BSN lezen of opslaan (zie README, Instellingen)");
  }
  const current = settings.BSN_ENCRYPTION_KEY ?? DEVELOPMENT_BSN_KEY;
  const older = settings.BSN_ENCRYPTION_OLD_KEYS ?? "";
  if (cached?.current !== current || cached.older !== older) {
    cached = { current, older, ring: parseBsnKeyRing(current, older) };
  }
  return cached.ring;
}
