import pg from "pg";
import type { TBsnKeyRing } from "./key-ring";
import { reencryptTotpSecrets, type TReencryptTotpCounts } from "@/auth/mfa/reencrypt-totp-secrets";
import { reencryptBsns, type TReencryptCounts } from "./reencrypt-bsns";

/**
 * `npm run bsn:rotate` on one database: every BSN under the ring's current
 * key (older values read with the older keys, plaintext encrypted), and every
 * TOTP secret of the two-step log-in, which is sealed with the same ring.
 */
export async function rotateBsnKeys({ connectionString, keyRing, batchSize }: { connectionString: string; keyRing: TBsnKeyRing; batchSize?: number }): Promise<{ keyId: string; counts: TReencryptCounts; totp: TReencryptTotpCounts }> {
  const client = new pg.Client({ connectionString });
  client.on("error", () => {});
  await client.connect();
  try {
    const counts = await reencryptBsns(client, { keyRing, only: "all", batchSize });
    return { keyId: keyRing.current.id, counts, totp: await reencryptTotpSecrets(client, { keyRing, batchSize }) };
  } finally {
    await client.end().catch(() => {});
  }
}
