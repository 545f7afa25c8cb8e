import "server-only";
import { BsnUnreadableError, decryptBsn } from "../bsn-cipher";
import { bsnKeyRing } from "../bsn-key-ring";
import { maskBsn } from "../mask-bsn";
import { log } from "@/observability/log";

/** A pupil row as far as its BSN goes. */
export interface TPupilBsnRow {
  schoolId: string;
  id: string;
  bsnEncrypted: string | null;
}

/**
 * A pupil's BSN for the server: `masked` for every screen, `full` only for
 * what goes to DUO (the export files) and for checks. `{ value: null }` when
 * the stored value cannot be decrypted: that is logged with the pupil's id
 * and the reason, never with the stored value, and the caller shows
 * "BSN onleesbaar" instead of failing the page.
 */
export function readPupilBsn(pupil: TPupilBsnRow, shown: "masked" | "full"): { value: string } | { value: null } | null {
  if (pupil.bsnEncrypted === null) return null;
  try {
    const bsn = decryptBsn(pupil.bsnEncrypted, { keyRing: bsnKeyRing(), owner: { schoolId: pupil.schoolId, pupilId: pupil.id } });
    return { value: shown === "full" ? bsn : maskBsn(bsn) };
  } catch (error) {
    if (!(error instanceof BsnUnreadableError)) throw error;
    log.error("BSN van een leerling is onleesbaar", { pupilId: pupil.id, schoolId: pupil.schoolId, reason: error.reason, error });
    return { value: null };
  }
}
