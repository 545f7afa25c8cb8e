// `npm run db:restore -- PAD [--bevestig]`: puts a backup of `npm run db:backup` back (decision 170).
// The embedded database: only while it is stopped; the backup is checked in full first, unpacked
// beside the current data folder, started and checked, and only then swapped in (the old folder is
// kept as DATA_DIR/postgres.voor-herstel-<tijd>). DATABASE_URL: pg_restore of the system, in one
// transaction. Without --bevestig it checks the file and says what it would replace.
// Exit codes: 0 restored, 2 refused (nothing changed), 1 failed (the old data is still in place).
import path from "node:path";
import { parseArgs } from "node:util";

import { BackupRefusal } from "@/backup/backup-refusal";
import { ZEnvSchema } from "@/env";

const USAGE = `Gebruik: npm run db:restore -- PAD [--bevestig]

Zet een back-up van npm run db:backup terug. Dit vervangt de HELE database (alle scholen).

  PAD          het back-upbestand (.tar.gz van de ingebouwde database, .dump met DATABASE_URL)
  --bevestig   echt terugzetten; zonder wordt de back-up alleen gecontroleerd en staat er wat er
               vervangen zou worden
  --help       deze uitleg

De ingebouwde database (DATA_DIR/postgres) moet gestopt zijn: stop eerst de app. De huidige map
blijft bewaard als DATA_DIR/postgres.voor-herstel-<tijd>; verwijder die zelf als alles klopt.
Met DATABASE_URL zet pg_restore van het systeem (versie minstens die van de server) de .dump terug.`;

async function main(): Promise<number> {
  let values: { bevestig?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ strict: true, allowPositionals: true, options: { bevestig: { type: "boolean" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    throw new BackupRefusal(`${(error as Error).message.split("\n")[0]}. Zie --help.`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new BackupRefusal("Geef precies één back-upbestand op. Zie --help.");
  const file = path.resolve(positionals[0]!);
  const confirmed = values.bevestig === true;
  const settings = ZEnvSchema.pick({ DATABASE_URL: true }).parse(process.env);

  if (settings.DATABASE_URL) {
    const { existsSync } = await import("node:fs");
    const { isCustomFormatDump, restoreExternalDatabase } = await import("@/backup/external-dump");
    if (!existsSync(file)) throw new BackupRefusal(`${file} bestaat niet`);
    if (!(await isCustomFormatDump(file))) {
      throw new BackupRefusal(`${file} is geen pg_dump-bestand (-Fc); een .tar.gz van de ingebouwde database zet je terug zonder DATABASE_URL`);
    }
    if (!confirmed) {
      throw new BackupRefusal(`Herstellen van ${file} vervangt alles in de database van DATABASE_URL (alle scholen). Herhaal met --bevestig om door te gaan; er is niets veranderd.`);
    }
    await restoreExternalDatabase({ databaseUrl: settings.DATABASE_URL, file });
    process.stdout.write(`Teruggezet met pg_restore: ${file}\n`);
    return 0;
  }

  const dataDir = path.join(path.resolve(import.meta.dirname, "../..", process.env.DATA_DIR || ".data"), "postgres");
  const { restoreEmbeddedBackup } = await import("@/backup/restore-embedded-backup");
  const { fromRepoRoot, MIGRATIONS_PATH } = await import("@/db/paths");
  const { manifest, summary, previousDataDir } = await restoreEmbeddedBackup({ file, dataDir, confirmed, migrationsDir: fromRepoRoot(MIGRATIONS_PATH) });
  process.stdout.write(
    `Teruggezet: ${file} (gemaakt ${manifest.createdAt}) in ${dataDir}.\n` +
      `Daarin: ${summary.schools} ${summary.schools === 1 ? "school" : "scholen"}, ${summary.pupils} leerlingen, ${summary.registrations} registraties ` +
      `(${summary.registrationChanges} wijzigingen), ${summary.auditEntries} logboekregels, ${summary.migrations} migraties.\n` +
      (previousDataDir ? `De vorige database staat in ${previousDataDir}; verwijder die zelf als alles klopt.\n` : "") +
      "Start de app (npm start) met dezelfde BSN-sleutel en AUTH_SECRET als toen de back-up werd gemaakt.\n",
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const refused = error instanceof BackupRefusal;
    process.stderr.write(`db:restore ${refused ? "geweigerd" : "mislukt"}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(refused ? 2 : 1);
  },
);
