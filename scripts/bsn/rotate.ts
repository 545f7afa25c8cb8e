// `npm run bsn:rotate`: re-encrypts every stored BSN and every two-step (TOTP)
// secret under the current key (BSN_ENCRYPTION_KEY), reading older values with
// BSN_ENCRYPTION_OLD_KEYS; BSNs still in plain figures are encrypted too. In batches, idempotent:
// run it again and it finds nothing to do. Prints the counts. Once it reports
// nothing unreadable, the old keys can be removed (decision 111).
//
// The database: DATABASE_URL, or the embedded one of DATA_DIR (then the key
// is the file DATA_DIR/bsn-key unless BSN_ENCRYPTION_KEY is set).
// `npm run bsn:rotate -- --new-key` prints a new key and changes nothing.
import path from "node:path";
import { parseArgs } from "node:util";

import { bsnKeyRing } from "@/bsn/bsn-key-ring";
import { generateBsnKeyEntry } from "@/bsn/key-ring";
import { localBsnKey } from "@/bsn/local-bsn-key";
import { rotateBsnKeys } from "@/bsn/rotate-bsn-keys";
import { ZEnvSchema } from "@/env";

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { "new-key": { type: "boolean" }, "batch-size": { type: "string" } } });
  if (values["new-key"]) {
    process.stdout.write(`${generateBsnKeyEntry()}\n`);
    return 0;
  }
  const batchSize = values["batch-size"] === undefined ? 500 : Number(values["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error("--batch-size moet een positief geheel getal zijn");

  // Like scripts/start.ts, this launcher composes the environment; the rest reads it through src/env.ts.
  const settings = ZEnvSchema.pick({ DATABASE_URL: true, EMBEDDED_POSTGRES_PORT: true }).parse(process.env);
  const dataDir = path.resolve(import.meta.dirname, "../..", process.env.DATA_DIR || ".data");
  if (settings.DATABASE_URL) {
    if (!process.env.BSN_ENCRYPTION_KEY) throw new Error("BSN_ENCRYPTION_KEY ontbreekt: verplicht met DATABASE_URL");
    return report(await rotateBsnKeys({ connectionString: settings.DATABASE_URL, keyRing: bsnKeyRing(), batchSize }));
  }
  process.env.BSN_ENCRYPTION_KEY ||= await localBsnKey(dataDir);
  const keyRing = bsnKeyRing();
  const { startEmbeddedPostgres } = await import("@/db/embedded");
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres"), port: settings.EMBEDDED_POSTGRES_PORT });
  try {
    return report(await rotateBsnKeys({ connectionString: server.connectionString, keyRing, batchSize }));
  } finally {
    await server.stop();
  }
}

function report(result: Awaited<ReturnType<typeof rotateBsnKeys>>): number {
  const { counts, totp, keyId } = result;
  process.stdout.write(
    `BSN's onder sleutel ${keyId}: ${counts.checked} bekeken, ${counts.reencrypted} opnieuw versleuteld, ` +
      `${counts.encrypted} uit platte tekst versleuteld, ${counts.unreadable.length} onleesbaar\n` +
      `Tweestapsgeheimen onder sleutel ${keyId}: ${totp.checked} bekeken, ${totp.reencrypted} opnieuw versleuteld, ${totp.unreadable.length} onleesbaar\n`,
  );
  if (counts.unreadable.length === 0 && totp.unreadable.length === 0) return 0;
  // Ids only: never a stored value.
  if (counts.unreadable.length > 0) process.stderr.write(`Onleesbaar (leerling-id's): ${counts.unreadable.join(", ")}\n`);
  if (totp.unreadable.length > 0) process.stderr.write(`Onleesbaar tweestapsgeheim (gebruiker-id's): ${totp.unreadable.join(", ")}\n`);
  process.stderr.write("Haal de oude sleutels pas weg als dit leeg is.\n");
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`bsn:rotate mislukt: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
