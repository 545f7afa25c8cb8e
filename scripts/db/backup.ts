// `npm run db:backup -- [--naar PAD]`: a full backup of the database while the app keeps running
// (decision 170). The embedded database (DATA_DIR/postgres): an online base backup with
// PostgreSQL's own low-level API, as one .tar.gz. DATABASE_URL: pg_dump -Fc of the system.
// Default folder DATA_DIR/backups; the file is readable only by its owner (personal data).
// Exit codes: 0 done, 2 refused (nothing written), 1 anything else.
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

import { backupFileName } from "@/backup/archive-format";
import { BackupRefusal } from "@/backup/backup-refusal";
import { ZEnvSchema } from "@/env";

const USAGE = `Gebruik: npm run db:backup -- [--naar PAD]

Maakt een volledige back-up van de database, terwijl de app gewoon doordraait.

  --naar <pad>   map voor de back-up (standaard DATA_DIR/backups, dus .data/backups), of de naam van
                 het bestand zelf (eindigend op .tar.gz, of .dump met DATABASE_URL)
  --help         deze uitleg

De ingebouwde database (DATA_DIR/postgres) wordt één .tar.gz-bestand met een controlelijst; met
DATABASE_URL maakt pg_dump van het systeem (versie minstens die van de server) een .dump-bestand.
Het bestand is alleen leesbaar voor de eigenaar: het bevat persoonsgegevens. De BSN-sleutel
(DATA_DIR/bsn-key of BSN_ENCRYPTION_KEY) en AUTH_SECRET zitten er niet in: bewaar die apart.
Terugzetten: npm run db:restore -- PAD --bevestig`;

async function main(): Promise<number> {
  let values: { naar?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ strict: true, options: { naar: { type: "string" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    throw new BackupRefusal(`${(error as Error).message.split("\n")[0]}. Zie --help.`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Like scripts/retention.ts, this launcher composes the environment; the rest reads it through src/env.ts.
  const settings = ZEnvSchema.pick({ DATABASE_URL: true }).parse(process.env);
  const dataRoot = path.resolve(import.meta.dirname, "../..", process.env.DATA_DIR || ".data");
  const extension = settings.DATABASE_URL ? "dump" : "tar.gz";
  const now = new Date();
  const target = values.naar === undefined ? path.join(dataRoot, "backups") : path.resolve(values.naar);
  const file = target.endsWith(`.${extension}`) ? target : path.join(target, backupFileName(now, extension));
  if (existsSync(file)) throw new BackupRefusal(`${file} bestaat al; kies een andere naam`);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });

  if (settings.DATABASE_URL) {
    const { dumpExternalDatabase } = await import("@/backup/external-dump");
    await dumpExternalDatabase({ databaseUrl: settings.DATABASE_URL, file });
    process.stdout.write(`Back-up gemaakt met pg_dump: ${file}\n`);
  } else {
    const dataDir = path.join(dataRoot, "postgres");
    if (!existsSync(path.join(dataDir, "PG_VERSION"))) throw new BackupRefusal(`In ${dataDir} staat geen database (PG_VERSION ontbreekt)`);
    const { createEmbeddedBackup } = await import("@/backup/create-embedded-backup");
    const { runningServer } = await import("@/backup/running-server");
    const { PASSWORD_FILE, startEmbeddedPostgres } = await import("@/db/embedded");
    const running = await runningServer(dataDir);
    let connectionString: string;
    let stop = async () => {};
    if (running) {
      // The app's server: the backup runs beside it, over TCP on loopback.
      const password = (await readFile(path.join(dataDir, PASSWORD_FILE), "utf8")).trim();
      connectionString = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${running.port}/aanwezig`;
    } else {
      const server = await startEmbeddedPostgres({ dataDir, port: 0 });
      connectionString = server.connectionString;
      stop = () => server.stop();
    }
    try {
      const result = await createEmbeddedBackup({ dataDir, connectionString, file, now });
      const { manifest } = result;
      process.stdout.write(
        `Back-up gemaakt: ${file} (${(result.bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB, ${result.entries} items, ` +
          `PostgreSQL ${manifest.postgres.version}, ${manifest.migrations.count} migraties tot ${manifest.migrations.last ?? "geen"}, ` +
          `${result.walSegments} WAL-bestand${result.walSegments === 1 ? "" : "en"})\n`,
      );
    } finally {
      await stop();
    }
  }
  process.stdout.write("Let op: de BSN-sleutel (DATA_DIR/bsn-key of BSN_ENCRYPTION_KEY) en AUTH_SECRET zitten niet in de back-up; bewaar die apart.\n");
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const refused = error instanceof BackupRefusal;
    process.stderr.write(`db:backup ${refused ? "geweigerd" : "mislukt"}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(refused ? 2 : 1);
  },
);
