import type pg from "pg";
import type { TBsnKeyRing } from "@/bsn/key-ring";
import { decryptTotpSecret, encryptTotpSecret } from "./totp-secret-cipher";

// SECURITY-CRITICAL: rewrites the stored TOTP secrets of every person under the
// key ring's current key, like the BSNs (decision 111): `npm run bsn:rotate`.
// Platform maintenance: it runs from the operator's command, never in the app.

export interface TReencryptTotpCounts {
  /** Secrets under an older key that were looked at. */
  checked: number;
  /** Secrets now under the current key. */
  reencrypted: number;
  /** User ids whose secret cannot be decrypted (tampered, or its key not in the ring); left as they are. */
  unreadable: string[];
}

/**
 * Brings every `User.totpSecret` under the ring's current key, in batches,
 * each written by one UPDATE that applies only when the row still holds the
 * value read (a person setting up anew meanwhile wins). Idempotent.
 */
export async function reencryptTotpSecrets(client: pg.ClientBase, { keyRing, batchSize = 500 }: { keyRing: TBsnKeyRing; batchSize?: number }): Promise<TReencryptTotpCounts> {
  const counts: TReencryptTotpCounts = { checked: 0, reencrypted: 0, unreadable: [] };
  const currentPrefix = `v1:${keyRing.current.id}:`;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const { rows } = await client.query<{ id: string; totpSecret: string }>(
      `SELECT "id", "totpSecret" FROM "User"
        WHERE "totpSecret" IS NOT NULL AND "id" > $1::uuid AND left("totpSecret", length($2)) <> $2
        ORDER BY "id" LIMIT $3`,
      [after, currentPrefix, batchSize],
    );
    if (rows.length === 0) return counts;
    after = rows[rows.length - 1]!.id;
    counts.checked += rows.length;
    const updates: { id: string; from: string; to: string }[] = [];
    for (const row of rows) {
      try {
        const secret = decryptTotpSecret(row.totpSecret, { keyRing, userId: row.id });
        updates.push({ id: row.id, from: row.totpSecret, to: encryptTotpSecret(secret, { keyRing, userId: row.id }) });
      } catch {
        counts.unreadable.push(row.id);
      }
    }
    if (updates.length === 0) continue;
    const result = await client.query(
      `UPDATE "User" AS u SET "totpSecret" = x.to_value
         FROM unnest($1::uuid[], $2::text[], $3::text[]) AS x(id, from_value, to_value)
        WHERE u."id" = x.id AND u."totpSecret" = x.from_value`,
      [updates.map((u) => u.id), updates.map((u) => u.from), updates.map((u) => u.to)],
    );
    counts.reencrypted += result.rowCount ?? 0;
  }
}
