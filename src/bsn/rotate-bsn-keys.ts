import pg from "pg";
import type { TBsnKeyRing } from "./key-ring";
import { reencryptBsns, type TReencryptCounts } from "./reencrypt-bsns";

/**
 * `npm run bsn:rotate` on one database: every BSN under the ring's current
 * key (older values read with the older keys, plaintext encrypted).
 */
export async function rotateBsnKeys({ connectionString, keyRing, batchSize }: { connectionString: string; keyRing: TBsnKeyRing; batchSize?: number }): Promise<{ keyId: string; counts: TReencryptCounts }> {
  const client = new pg.Client({ connectionString });
  client.on("error", () => {});
  await client.connect();
  try {
    return { keyId: keyRing.current.id, counts: await reencryptBsns(client, { keyRing, only: "all", batchSize }) };
  } finally {
    await client.end().catch(() => {});
  }
}
