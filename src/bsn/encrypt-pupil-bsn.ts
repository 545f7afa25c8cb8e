import { encryptBsn } from "./bsn-cipher";
import { bsnKeyRing } from "./bsn-key-ring";

/**
 * A pupil's BSN as the database stores it (`Pupil.bsnEncrypted`): encrypted
 * with this process's current key, bound to the pupil. Every writer of the
 * column uses this (the demo, the factories, imports); null stays null.
 *
 * @example encryptPupilBsn("123456782", { schoolId, pupilId }) // "v1:k…:…:…:…"
 */
export function encryptPupilBsn(bsn: string | null, owner: { schoolId: string; pupilId: string }): string | null {
  return bsn === null ? null : encryptBsn(bsn, { keyRing: bsnKeyRing(), owner });
}
