import type pg from "pg";
import { BsnUnreadableError, decryptBsn, encryptBsn } from "./bsn-cipher";
import type { TBsnKeyRing } from "./key-ring";

// Security-critical: rewrites stored BSNs of every school (decision 111).
// Platform maintenance, not a request of one school: it runs from the
// launcher and `npm run bsn:rotate`, never in the app. Each row is bound to
// its own schoolId (the associated data), and every update names it.

/** The form the CHECK constraint on Pupil.bsnEncrypted accepts; anything else is plaintext from before encryption. */
export const CIPHERTEXT_PATTERN = "^v[0-9]+:[A-Za-z0-9_-]+:[A-Za-z0-9+/=:]+$";
const CIPHERTEXT = new RegExp(CIPHERTEXT_PATTERN);

export interface TReencryptCounts {
  /** Rows with a BSN that were looked at. */
  checked: number;
  /** Plaintext BSNs (from before encryption) now encrypted. */
  encrypted: number;
  /** Values under an older key now under the current one. */
  reencrypted: number;
  /** Pupil ids whose value cannot be decrypted (tampered, or its key not in the ring); left as they are. */
  unreadable: string[];
}

type Row = { schoolId: string; id: string; bsnEncrypted: string };

/**
 * Brings every stored BSN under the ring's current key, in batches of
 * `batchSize` rows, each written by one UPDATE (no long transaction). `only:
 * "plaintext"` (start-up) touches only values that are not ciphertext yet;
 * `"all"` (rotation) also re-encrypts values under older keys. Idempotent:
 * a second run finds nothing to do. An update applies only when the row
 * still holds the value that was read, so a concurrent change wins.
 *
 * @example await reencryptBsns(client, { keyRing, only: "all" }) // { checked: 720, encrypted: 0, reencrypted: 720, unreadable: [] }
 */
export async function reencryptBsns(
  client: pg.ClientBase,
  { keyRing, only, batchSize = 500 }: { keyRing: TBsnKeyRing; only: "plaintext" | "all"; batchSize?: number },
): Promise<TReencryptCounts> {
  const counts: TReencryptCounts = { checked: 0, encrypted: 0, reencrypted: 0, unreadable: [] };
  const currentPrefix = `v1:${keyRing.current.id}:`;
  // Keyset pagination over (schoolId, id): rows that stay as they are (unreadable ones) are not read twice.
  let after: { schoolId: string; id: string } = { schoolId: "00000000-0000-0000-0000-000000000000", id: "00000000-0000-0000-0000-000000000000" };
  for (;;) {
    const { rows } = await client.query<Row>(
      `SELECT "schoolId", "id", "bsnEncrypted" FROM "Pupil"
        WHERE "bsnEncrypted" IS NOT NULL AND ("schoolId", "id") > ($1::uuid, $2::uuid)
          AND ${only === "plaintext" ? `"bsnEncrypted" !~ $3` : `left("bsnEncrypted", length($3)) <> $3`}
        ORDER BY "schoolId", "id" LIMIT $4`,
      [after.schoolId, after.id, only === "plaintext" ? CIPHERTEXT_PATTERN : currentPrefix, batchSize],
    );
    if (rows.length === 0) return counts;
    after = rows[rows.length - 1]!;
    counts.checked += rows.length;

    const updates: { schoolId: string; id: string; from: string; to: string }[] = [];
    for (const row of rows) {
      const owner = { schoolId: row.schoolId, pupilId: row.id };
      if (!CIPHERTEXT.test(row.bsnEncrypted)) {
        updates.push({ ...row, from: row.bsnEncrypted, to: encryptBsn(row.bsnEncrypted.trim(), { keyRing, owner }) });
        counts.encrypted++;
        continue;
      }
      try {
        const bsn = decryptBsn(row.bsnEncrypted, { keyRing, owner });
        updates.push({ ...row, from: row.bsnEncrypted, to: encryptBsn(bsn, { keyRing, owner }) });
        counts.reencrypted++;
      } catch (error) {
        if (!(error instanceof BsnUnreadableError)) throw error;
        counts.unreadable.push(row.id);
      }
    }
    if (updates.length > 0) {
      await client.query(
        `UPDATE "Pupil" AS p SET "bsnEncrypted" = u.to_value
           FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS u(school_id, id, from_value, to_value)
          WHERE p."schoolId" = u.school_id AND p."id" = u.id AND p."bsnEncrypted" = u.from_value`,
        [updates.map((u) => u.schoolId), updates.map((u) => u.id), updates.map((u) => u.from), updates.map((u) => u.to)],
      );
    }
  }
}
