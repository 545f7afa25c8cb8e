import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { chmod, lstat, open, readdir, rename, rm } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";

import pg from "pg";

import {
  BACKUP_FORMAT, CHECKSUMS_ENTRY, DATA_PREFIX, MANIFEST_ENTRY, type TBackupChecksums, type TBackupManifest,
} from "@/backup/archive-format";
import { tarEnd, tarHeader, tarPadding } from "@/backup/tar";
import { parseBackupLabel, parseLsn, walSegmentsForBackup } from "@/backup/wal-segments";
import { OWNER_FILE } from "@/db/embedded";

// An online base backup of the embedded PostgreSQL with the server's own low-level API
// (PostgreSQL 18 docs, 25.3.4 "Making a Base Backup Using the Low Level API"; decision 170):
// pg_backup_start on one session kept open, copy the data folder, pg_backup_stop, then the
// backup_label it returns and the WAL from the start to the stop position go INTO the backup
// (never into the live folder). A restore then replays that WAL from backup_label and the result
// is the database as it was at the stop. The app keeps running during all of it.

/** Never copied (basebackup.c excludeFiles, at any depth), plus our own marker of a live owner. */
const EXCLUDED_FILES = new Set([
  "postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "backup_manifest",
  "postgresql.auto.conf.tmp", "current_logfiles.tmp", "pg_internal.init", OWNER_FILE,
]);
/** Top-level folders kept empty in the backup: recreated or refilled at start-up (pg_wal: below). */
const CONTENTS_EXCLUDED = new Set(["pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial", "pg_snapshots", "pg_stat_tmp", "pg_subtrans"]);
/** The folders pg_basebackup puts in an empty pg_wal. */
const WAL_SUBDIRECTORIES = ["pg_wal/archive_status", "pg_wal/summaries"];
const CHUNK = 1 << 20;

export class BackupError extends Error {
  override name = "BackupError";
}

export type CreateEmbeddedBackupOptions = {
  /** The server's data folder (DATA_DIR/postgres). */
  dataDir: string;
  /** A superuser's URL of the app's database on that server. */
  connectionString: string;
  /** Where the archive goes; must not exist yet. Written as `<file>.deel` and renamed when complete. */
  file: string;
  now?: Date;
};

export type CreatedBackup = { file: string; bytes: number; entries: number; manifest: TBackupManifest; walSegments: number };

/** Writes a gzip'ed tar archive, hashing every entry for the checksum list at its end. */
class ArchiveWriter {
  private readonly gzip = createGzip({ level: 6 });
  private readonly done: Promise<void>;
  readonly checksums: TBackupChecksums["entries"] = [];

  constructor(file: string) {
    // 0600: the archive holds personal data (names; BSNs are encrypted). "wx": never overwrite.
    const output = createWriteStream(file, { mode: 0o600, flags: "wx" });
    this.done = pipeline(this.gzip, output);
    this.done.catch(() => {}); // reported by finish()
  }

  private async write(bytes: Buffer): Promise<void> {
    if (bytes.length > 0 && !this.gzip.write(bytes)) await once(this.gzip, "drain");
  }

  async directory(name: string, mtime: Date): Promise<void> {
    await this.write(tarHeader({ name, type: "directory", mode: 0o700, size: 0, mtime }));
  }

  async buffer(name: string, body: Buffer, mtime: Date): Promise<void> {
    await this.write(tarHeader({ name, type: "file", mode: 0o600, size: body.length, mtime }));
    await this.write(body);
    await this.write(tarPadding(body.length));
    this.checksums.push({ name, size: body.length, sha256: createHash("sha256").update(body).digest("hex") });
  }

  /**
   * Copies a file that PostgreSQL may be writing: the size is fixed at the start, a file that
   * shrank meanwhile is padded with zeros and one that grew is cut (pg_basebackup does the same;
   * the WAL replay repairs both). false when the file was gone before it could be opened.
   */
  async file(name: string, source: string): Promise<boolean> {
    const handle = await open(source, "r").catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
    if (!handle) return false;
    try {
      const { size, mtime } = await handle.stat();
      await this.write(tarHeader({ name, type: "file", mode: 0o600, size, mtime }));
      const hash = createHash("sha256");
      let copied = 0;
      while (copied < size) {
        const { bytesRead, buffer } = await handle.read({ buffer: Buffer.alloc(Math.min(CHUNK, size - copied)), position: copied });
        const chunk = bytesRead === 0 ? Buffer.alloc(size - copied) : buffer.subarray(0, bytesRead);
        hash.update(chunk);
        await this.write(chunk);
        copied += chunk.length;
      }
      await this.write(tarPadding(size));
      this.checksums.push({ name, size, sha256: hash.digest("hex") });
      return true;
    } finally {
      await handle.close();
    }
  }

  async finish(): Promise<void> {
    const list: TBackupChecksums = { algorithm: "sha256", entries: [...this.checksums] };
    await this.buffer(CHECKSUMS_ENTRY, Buffer.from(`${JSON.stringify(list, null, 1)}\n`), new Date());
    await this.write(tarEnd());
    this.gzip.end();
    await this.done;
  }

  async abort(): Promise<void> {
    this.gzip.destroy();
    await this.done.catch(() => {});
  }
}

/** The data folder's entries in a stable order; folders and files that vanish meanwhile are left out. */
async function* walk(root: string, relative = ""): AsyncGenerator<{ relative: string; kind: "file" | "directory"; mtime: Date }> {
  const names = await readdir(path.join(root, relative)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [] as string[];
    throw error;
  });
  for (const name of names.sort()) {
    const child = relative ? `${relative}/${name}` : name;
    if (EXCLUDED_FILES.has(name) || name.startsWith("pgsql_tmp")) continue;
    const info = await lstat(path.join(root, child)).catch(() => undefined);
    if (!info) continue;
    if (info.isSymbolicLink()) {
      // pg_tblspc/<oid> links are tablespaces; the app creates none (decision 170).
      throw new BackupError(`${child} is een symbolische koppeling (tablespace of verplaatste pg_wal): dat ondersteunt deze back-up niet`);
    }
    if (info.isDirectory()) {
      yield { relative: child, kind: "directory", mtime: info.mtime };
      if (!(relative === "" && CONTENTS_EXCLUDED.has(name))) yield* walk(root, child);
    } else if (info.isFile()) {
      yield { relative: child, kind: "file", mtime: info.mtime };
    }
  }
}

async function migrationLevel(client: pg.Client): Promise<TBackupManifest["migrations"]> {
  const { rows } = await client.query<{ table: string | null }>(`SELECT to_regclass('public."_prisma_migrations"')::text AS table`);
  if (!rows[0]?.table) return { count: 0, last: null };
  const result = await client.query<{ count: number; last: string | null }>(
    `SELECT count(*)::int AS count, max(migration_name) AS last FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  );
  return result.rows[0]!;
}

/**
 * Makes a full, consistent backup of the server's data folder while the server runs.
 * The archive appears under its final name only when it is complete.
 */
export async function createEmbeddedBackup({ dataDir, connectionString, file, now = new Date() }: CreateEmbeddedBackupOptions): Promise<CreatedBackup> {
  const client = new pg.Client({ connectionString });
  client.on("error", () => {});
  await client.connect();
  const partial = `${file}.deel`;
  let writer: ArchiveWriter | undefined;
  try {
    const settings = await client.query<{ data_directory: string; wal_level: string; version: string; segment: string }>(
      `SELECT current_setting('data_directory') AS data_directory, current_setting('wal_level') AS wal_level,
              current_setting('server_version') AS version, pg_size_bytes(current_setting('wal_segment_size'))::text AS segment`,
    );
    const { data_directory: serverDataDir, wal_level: walLevel, version, segment } = settings.rows[0]!;
    if (path.resolve(serverDataDir) !== path.resolve(dataDir)) {
      throw new BackupError(`de server draait op ${serverDataDir}, niet op ${dataDir}`);
    }
    if (walLevel === "minimal") throw new BackupError("wal_level is minimal: een back-up tijdens bedrijf vraagt minstens replica");
    const segmentSize = Number(segment);
    const manifest: TBackupManifest = {
      format: BACKUP_FORMAT, formatVersion: 1, createdAt: now.toISOString(), label: `aanwezig ${now.toISOString()}`,
      postgres: { version, major: Number.parseInt(version, 10) }, migrations: await migrationLevel(client),
    };

    // A temporary slot keeps every WAL segment from here on until this session ends, so no
    // checkpoint during the copy can recycle a segment the backup still has to take.
    await client.query("SELECT pg_create_physical_replication_slot($1, true, true)", [`aanwezig_backup_${process.pid}`]);
    await client.query("SELECT pg_backup_start($1, fast => true)", [manifest.label]);

    writer = new ArchiveWriter(partial);
    await writer.buffer(MANIFEST_ENTRY, Buffer.from(`${JSON.stringify(manifest, null, 1)}\n`), now);
    let entries = 1;
    await writer.directory(DATA_PREFIX.slice(0, -1), now);
    for await (const entry of walk(dataDir)) {
      const name = `${DATA_PREFIX}${entry.relative}`;
      if (entry.kind === "directory") await writer.directory(name, entry.mtime);
      else if (!(await writer.file(name, path.join(dataDir, entry.relative)))) continue;
      entries++;
    }
    for (const folder of WAL_SUBDIRECTORIES) await writer.directory(`${DATA_PREFIX}${folder}`, now);

    const stop = await client.query<{ lsn: string; labelfile: string; spcmapfile: string }>(
      "SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(wait_for_archive => false)",
    );
    const { lsn, labelfile, spcmapfile } = stop.rows[0]!;
    if (spcmapfile.trim() !== "") throw new BackupError("de database gebruikt tablespaces: dat ondersteunt deze back-up niet");
    await writer.buffer(`${DATA_PREFIX}backup_label`, Buffer.from(labelfile), now);

    const label = parseBackupLabel(labelfile);
    const segments = walSegmentsForBackup(label, parseLsn(lsn), segmentSize);
    const walDir = path.join(dataDir, "pg_wal");
    // Timeline history files too, as pg_basebackup fetches them: recovery on a later timeline needs them.
    const history = (await readdir(walDir)).filter((name) => /^[0-9A-F]{8}\.history$/.test(name)).sort();
    for (const name of [...history, ...segments]) {
      if (!(await writer.file(`${DATA_PREFIX}pg_wal/${name}`, path.join(walDir, name)))) {
        throw new BackupError(`WAL-bestand ${name} ontbreekt in ${walDir}: de back-up is niet compleet`);
      }
      entries++;
    }
    await writer.finish();
    writer = undefined;
    await chmod(partial, 0o600);
    await rename(partial, file);
    const { size } = await lstat(file);
    return { file, bytes: size, entries: entries + 2, manifest, walSegments: segments.length };
  } catch (error) {
    await writer?.abort();
    await rm(partial, { force: true });
    throw error;
  } finally {
    // Ending the session also ends a backup still in progress and drops the temporary slot.
    await client.end().catch(() => {});
  }
}
