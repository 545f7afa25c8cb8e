import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, open, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

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

describe("backup and restore drill", () => {
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

    await stop();
    const refusals = [
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
