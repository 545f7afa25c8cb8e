import pg from "pg";
import { bsnKeyRing } from "./bsn-key-ring";
import { reencryptBsns, type TReencryptCounts } from "./reencrypt-bsns";

/**
 * Start-up step after the migrations (scripts/start.ts): encrypts BSNs still
 * in plain figures from before migration 20261207071039, then validates the
 * CHECK constraint that migration added NOT VALID, so from here on the
 * database itself holds only ciphertext. Refuses to start when values are
 * under a key the ring does not have: the app would show every such BSN as
 * unreadable (a key file lost, or BSN_ENCRYPTION_KEY changed without moving
 * the old key to BSN_ENCRYPTION_OLD_KEYS).
 */
export async function encryptPlaintextBsns({ connectionString }: { connectionString: string }): Promise<TReencryptCounts> {
  const keyRing = bsnKeyRing();
  const client = new pg.Client({ connectionString });
  client.on("error", () => {});
  await client.connect();
  try {
    const counts = await reencryptBsns(client, { keyRing, only: "plaintext" });
    await client.query(`ALTER TABLE "Pupil" VALIDATE CONSTRAINT "Pupil_bsnEncrypted_ciphertext"`);
    const { rows } = await client.query<{ keyId: string; count: string }>(
      `SELECT split_part("bsnEncrypted", ':', 2) AS "keyId", count(*) AS count FROM "Pupil" WHERE "bsnEncrypted" IS NOT NULL GROUP BY 1`,
    );
    const unknown = rows.filter((row) => !keyRing.byId.has(row.keyId));
    if (unknown.length > 0) {
      const list = unknown.map((row) => `${row.count} met sleutel ${row.keyId}`).join(", ");
      throw new Error(`BSN's versleuteld met een sleutel die niet in BSN_ENCRYPTION_KEY of BSN_ENCRYPTION_OLD_KEYS staat (${list}); zet die sleutel terug`);
    }
    return counts;
  } finally {
    await client.end().catch(() => {});
  }
}
