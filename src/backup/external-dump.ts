import { execFile, spawn } from "node:child_process";
import { chmod, open, rename, rm } from "node:fs/promises";
import { promisify } from "node:util";

import pg from "pg";

import { BackupRefusal } from "@/backup/backup-refusal";
import { BackupError } from "@/backup/create-embedded-backup";

// A database of your own (DATABASE_URL): PostgreSQL's pg_dump and pg_restore of the system, in
// custom format (-Fc), as long as their major version is at least the server's (pg_dump refuses
// a newer server itself; decision 170). The password goes in the environment, not on the command
// line where other users of the machine could read it.

const PG_DUMP_MAGIC = Buffer.from("PGDMP");

function clientEnvironment(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(databaseUrl);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { url: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

async function toolMajor(tool: "pg_dump" | "pg_restore"): Promise<number | undefined> {
  try {
    const { stdout } = await promisify(execFile)(tool, ["--version"]);
    const major = /\(PostgreSQL\)\s+(\d+)/.exec(stdout)?.[1];
    return major === undefined ? undefined : Number(major);
  } catch {
    return undefined;
  }
}

async function serverMajor(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on("error", () => {});
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0]!.v) / 10_000);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Refuses, naming the version needed, when the system's tool cannot handle this server. */
export async function assertClientToolFits(tool: "pg_dump" | "pg_restore", databaseUrl: string): Promise<void> {
  const [client, server] = await Promise.all([toolMajor(tool), serverMajor(databaseUrl)]);
  if (client === undefined) {
    throw new BackupRefusal(`${tool} is niet gevonden: installeer de PostgreSQL-client ${server} of nieuwer (bv. het Debian-pakket postgresql-client-${server}).`);
  }
  if (client < server) {
    throw new BackupRefusal(
      `${tool} ${client} kan PostgreSQL ${server} niet aan: daarvoor is ${tool} ${server} of nieuwer nodig ` +
        `(bv. het Debian-pakket postgresql-client-${server} uit de pakketbron van PostgreSQL). Er is niets veranderd.`,
    );
  }
}

function run(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new BackupError(`${tool} stopte met code ${code}: ${stderr.trim().split("\n").slice(-3).join(" ")}`))));
  });
}

/** pg_dump -Fc of the whole database into `file` (0600, appears only when complete). */
export async function dumpExternalDatabase({ databaseUrl, file }: { databaseUrl: string; file: string }): Promise<void> {
  await assertClientToolFits("pg_dump", databaseUrl);
  const partial = `${file}.deel`;
  // Created 0600 before pg_dump writes into it: the dump holds personal data.
  await (await open(partial, "wx", 0o600)).close();
  const { url, env } = clientEnvironment(databaseUrl);
  try {
    await run("pg_dump", ["--format=custom", "--file", partial, "--dbname", url], env);
    await chmod(partial, 0o600);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/** Whether `file` starts like a pg_dump custom-format file. */
export async function isCustomFormatDump(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read({ buffer: Buffer.alloc(5), position: 0 });
    return bytesRead === 5 && buffer.equals(PG_DUMP_MAGIC);
  } finally {
    await handle.close();
  }
}

/**
 * pg_restore of a custom-format dump into DATABASE_URL: existing objects are dropped and
 * recreated, all in one transaction, so a failure leaves the database as it was.
 */
export async function restoreExternalDatabase({ databaseUrl, file }: { databaseUrl: string; file: string }): Promise<void> {
  await assertClientToolFits("pg_restore", databaseUrl);
  const { url, env } = clientEnvironment(databaseUrl);
  await run("pg_restore", ["--list", file], env).catch((error: Error) => {
    throw new BackupRefusal(`${file} is beschadigd of geen pg_dump-bestand: ${error.message}`);
  });
  await run("pg_restore", ["--clean", "--if-exists", "--single-transaction", "--exit-on-error", "--dbname", url, file], env);
}
