import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, open, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

import { createGunzip, gzipSync } from "node:zlib";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { CHECKSUMS_ENTRY, MANIFEST_ENTRY, type TBackupManifest } from "@/backup/archive-format";
import { readTar, tarEnd, tarHeader, tarPadding } from "@/backup/tar";
import { createScratchDirectory, startEmbeddedPostgres, type EmbeddedPostgresServer } from "@/db/embedded";
import { applyMigrations } from "@/db/migrate";
import { createGeneratedSchool } from "../factories/create-generated-school";

// The drill of issue 15: back up (with the commands, as an operator runs them, while the
// database runs), write more, destroy the data folder, restore, and every registration and
// audit row is back as it was at the backup — and nothing written after it.

type Run = { code: number | null; stdout: string; stderr: string };

/** One of the commands as a child process, the way `npm run db:backup -- …` starts it. */
function command(script: "backup" | "restore", args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", `scripts/db/${script}.ts`, ...args], {
      env: { ...process.env, DATABASE_URL: "", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Counts and an md5 over every row, in id order, of the tables the drill must bring back. */
async function fingerprint(url: string): Promise<Record<string, { count: number; md5: string | null }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, { count: number; md5: string | null }> = {};
    for (const table of ["Registration", "RegistrationChange", "AuditEntry", "Pupil"]) {
      const { rows } = await client.query<{ count: number; md5: string | null }>(
        `SELECT count(*)::int AS count, md5(string_agg(t::text, '|' ORDER BY t."schoolId", t.id)) AS md5 FROM "${table}" t`,
      );
      result[table] = rows[0]!;
    }
    return result;
  } finally {
    await client.end();
  }
}

async function sql(url: string, text: string, values: unknown[] = []): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text, values);
  } finally {
    await client.end();
  }
}

async function addAuditRows(url: string, schoolId: string, action: string, count: number): Promise<void> {
  await sql(
    url,
    `INSERT INTO "AuditEntry" ("schoolId", id, action, "entityType", details)
     SELECT $1, gen_random_uuid(), $2, 'Pupil', jsonb_build_object('n', n) FROM generate_series(1, $3::int) n`,
    [schoolId, action, count],
  );
}

/** A valid archive like `file` but with a changed manifest (checksums recomputed): what another version would write. */
async function withManifest(file: string, target: string, change: (manifest: TBackupManifest) => TBackupManifest): Promise<void> {
  const parts: Buffer[] = [];
  const sums: { name: string; size: number; sha256: string }[] = [];
  for await (const entry of readTar(createReadStream(file).pipe(createGunzip()))) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry.body) chunks.push(chunk);
    let body = Buffer.concat(chunks);
    if (entry.name === CHECKSUMS_ENTRY) body = Buffer.from(JSON.stringify({ algorithm: "sha256", entries: sums }));
    if (entry.name === MANIFEST_ENTRY) body = Buffer.from(JSON.stringify(change(JSON.parse(body.toString()) as TBackupManifest)));
    parts.push(tarHeader({ ...entry, size: body.length }), body, tarPadding(body.length));
    if (entry.type === "file" && entry.name !== CHECKSUMS_ENTRY) sums.push({ name: entry.name, size: body.length, sha256: createHash("sha256").update(body).digest("hex") });
  }
  parts.push(tarEnd());
  await writeFile(target, gzipSync(Buffer.concat(parts)), { mode: 0o600 });
}

// Each restore reads the whole archive twice and starts PostgreSQL; on a busy 2-core machine that adds up.
describe("backup and restore drill", { timeout: 120_000 }, () => {
  let scratch: { path: string; remove(): Promise<void> };
  let dataDir: string;
  let env: Record<string, string>;
  let server: EmbeddedPostgresServer | undefined;
  let schoolId: string;

  const start = async () => (server = await startEmbeddedPostgres({ dataDir, port: 0, durability: "fast" }));
  const stop = async () => {
    await server?.stop();
    server = undefined;
  };

  beforeAll(async () => {
    scratch = await createScratchDirectory();
    dataDir = path.join(scratch.path, "postgres");
    env = { DATA_DIR: scratch.path };
    await start();
    await applyMigrations({ connectionString: server!.connectionString });
    const school = await createGeneratedSchool(server!.connectionString, { pupils: 30 });
    schoolId = school.school.id;
    await addAuditRows(server!.connectionString, schoolId, "test.before-backup", 200);
  });

  afterAll(async () => {
    await stop();
    await scratch?.remove();
  });

  let backupFile: string;
  let before: Awaited<ReturnType<typeof fingerprint>>;

  it("backs up while the database runs, and restores exactly that state into a destroyed data folder", async () => {
    before = await fingerprint(server!.connectionString);
    expect(before.Registration!.count).toBeGreaterThan(100);
    expect(before.AuditEntry!.count).toBeGreaterThanOrEqual(200);

    const backup = await command("backup", ["--naar", path.join(scratch.path, "backups")], env);
    expect(backup.stderr).toBe("");
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/Back-up gemaakt: .*\.tar\.gz .*PostgreSQL 18/);
    expect(backup.stdout).toContain("BSN-sleutel");
    const [name] = await readdir(path.join(scratch.path, "backups"));
    backupFile = path.join(scratch.path, "backups", name!);
    expect(name).toMatch(/^aanwezig-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.tar\.gz$/);
    expect((await stat(backupFile)).mode & 0o777).toBe(0o600);

    // Written after the backup: must be gone after the restore.
    await addAuditRows(server!.connectionString, schoolId, "test.after-backup", 50);
    await sql(server!.connectionString, `UPDATE "Registration" SET "lateMinutes" = "lateMinutes" + 1, version = version + 1`);
    expect(await fingerprint(server!.connectionString)).not.toEqual(before);

    await stop();
    await rm(dataDir, { recursive: true, force: true });

    const unconfirmed = await command("restore", [backupFile], env);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toMatch(/--bevestig/);
    expect(existsSync(dataDir)).toBe(false);

    const restore = await command("restore", [backupFile, "--bevestig"], env);
    expect(restore.stderr).toBe("");
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain(`${before.Registration!.count} registraties`);
    expect(restore.stdout).toContain(`${before.AuditEntry!.count} logboekregels`);

    await start();
    expect(await fingerprint(server!.connectionString)).toEqual(before);
  });

  it("refuses a damaged backup, one that is no backup, and a restore while the database runs; the data stays as it was", async () => {
    expect(server).toBeDefined();
    const damaged = path.join(scratch.path, "beschadigd.tar.gz");
    await copyFile(backupFile, damaged);
    const handle = await open(damaged, "r+");
    const { size } = await handle.stat();
    await handle.write(Buffer.from("kapot"), 0, 5, Math.floor(size / 2));
    await handle.close();
    const notABackup = path.join(scratch.path, "geen-back-up.tar.gz");
    await copyFile(path.join(process.cwd(), "package.json"), notABackup);

    const whileRunning = await command("restore", [backupFile, "--bevestig"], env);
    expect(whileRunning.code).toBe(2);
    expect(whileRunning.stderr).toMatch(/db:restore geweigerd: De database in .* draait/);

    const newerPostgres = path.join(scratch.path, "postgres-19.tar.gz");
    await withManifest(backupFile, newerPostgres, (manifest) => ({ ...manifest, postgres: { version: "19.1", major: 19 } }));
    const newerApp = path.join(scratch.path, "nieuwere-app.tar.gz");
    await withManifest(backupFile, newerApp, (manifest) => ({ ...manifest, migrations: { count: 99, last: "29991231000000_uit_de_toekomst" } }));

    await stop();
    const refusals = [
      [newerPostgres, /gemaakt met PostgreSQL 19\.1; hier is PostgreSQL 18\.\d+ geïnstalleerd/],
      [newerApp, /nieuwere versie van Aanwezig \(migratie 29991231000000_uit_de_toekomst/],
      [damaged, /is beschadigd/],
      [notABackup, /geen back-up van Aanwezig/],
      [path.join(scratch.path, "bestaat-niet.tar.gz"), /bestaat niet/],
    ] as const;
    for (const [file, message] of refusals) {
      const run = await command("restore", [file, "--bevestig"], env);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    expect((await readdir(scratch.path)).filter((entry) => entry.startsWith("postgres."))).toEqual([]);

    await start();
    expect(await fingerprint(server!.connectionString)).toEqual(before);
  });

  it("a backup taken while the app writes restores a consistent state: every transaction whole or not at all", async () => {
    expect(server).toBeDefined();
    const url = server!.connectionString;
    const writer = new pg.Client({ connectionString: url });
    await writer.connect();
    const baseVersions = (await writer.query<{ sum: number }>(`SELECT sum(version)::int AS sum FROM "Registration"`)).rows[0]!.sum;
    let committed = 0;
    let writing = true;
    // Each transaction: one audit row numbered n and one registration's version raised by one.
    const load = (async () => {
      while (writing) {
        await writer.query("BEGIN");
        await writer.query(
          `INSERT INTO "AuditEntry" ("schoolId", id, action, "entityType", details) VALUES ($1, gen_random_uuid(), 'test.during-backup', 'Registration', jsonb_build_object('n', $2::int))`,
          [schoolId, committed + 1],
        );
        await writer.query(`UPDATE "Registration" SET version = version + 1 WHERE id = (SELECT id FROM "Registration" ORDER BY random() LIMIT 1)`);
        await writer.query("COMMIT");
        committed++;
      }
    })();
    const waitFor = async (count: number) => {
      const deadline = Date.now() + 20_000;
      while (committed < count) {
        if (Date.now() > deadline) throw new Error(`the writer committed only ${committed} transactions`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    await waitFor(20);
    const committedBeforeBackup = committed;
    const backupsDir = path.join(scratch.path, "tijdens-schrijven");
    const backup = await command("backup", ["--naar", backupsDir], env);
    const committedAfterBackup = committed;
    await waitFor(committedAfterBackup + 20); // and more after it, which the restore must drop
    writing = false;
    await load;
    await writer.end();
    expect(backup.code, backup.stderr).toBe(0);
    const [name] = await readdir(backupsDir);

    await stop();
    // This time over the existing (stopped) data folder, which is kept aside.
    const restore = await command("restore", [path.join(backupsDir, name!), "--bevestig"], env);
    expect(restore.code, restore.stderr).toBe(0);
    expect((await readdir(scratch.path)).filter((entry) => entry.startsWith("postgres.voor-herstel-"))).toHaveLength(1);

    await start();
    const check = new pg.Client({ connectionString: server!.connectionString });
    await check.connect();
    try {
      const numbers = (await check.query<{ n: number }>(`SELECT (details->>'n')::int AS n FROM "AuditEntry" WHERE action = 'test.during-backup' ORDER BY 1`)).rows.map((row) => row.n);
      const restoredVersions = (await check.query<{ sum: number }>(`SELECT sum(version)::int AS sum FROM "Registration"`)).rows[0]!.sum;
      expect(numbers.length).toBeGreaterThanOrEqual(committedBeforeBackup);
      expect(numbers.length).toBeLessThanOrEqual(committedAfterBackup);
      expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, index) => index + 1));
      expect(restoredVersions - baseVersions).toBe(numbers.length);
    } finally {
      await check.end();
    }
  });

  it("with DATABASE_URL uses pg_dump of the system only when its version fits the server", async () => {
    const installed = spawnSync("pg_dump", ["--version"], { encoding: "utf8" });
    const major = Number(/\(PostgreSQL\)\s+(\d+)/.exec(installed.stdout ?? "")?.[1] ?? 0);
    const file = path.join(scratch.path, "extern.dump");
    const run = await command("backup", ["--naar", file], { DATABASE_URL: server!.connectionString });
    if (major >= 18) {
      expect(run.code, run.stderr).toBe(0);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
    } else {
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(/pg_dump( \d+)? .*PostgreSQL(-client)? 18|PostgreSQL 18 niet aan: daarvoor is pg_dump 18 of nieuwer nodig/);
      expect(existsSync(file)).toBe(false);
      expect(existsSync(`${file}.deel`)).toBe(false);
    }
  });
});
