import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { mkdir, readFile, rename, rm, symlink } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { startEmbeddedPostgres } from "@/db/embedded";
import { buildFingerprint, buildIsCurrent } from "../start/build-fingerprint";
import { cpuProfilePreload } from "./register-cpu-profile";

// The product as `npm start` runs it (scripts/start.ts: embedded PostgreSQL in
// DATA_DIR, migrations, demo seed, `next build` when stale, `next start`), in
// a folder and on ports of its own:
//
//   .data/bench-register/app/      a snapshot of the checkout (sources and .next, timestamps kept,
//                                  node_modules linked), where start.ts runs: the bench serves
//                                  a build nobody else can replace halfway, and a stale build is
//                                  rebuilt there, not in the shared .next of the other engineers
//   .data/bench-register/data/     DATA_DIR: PostgreSQL (pg_stat_statements preloaded) and the auth secret
//   .data/bench-register/server.log
//   .data/bench-register/cpu-profile/   with --cpu-profile
//
// pg_stat_statements (to count the SQL statements behind a request) is the
// only setting that differs from the product; it costs a few per cent at most.

export interface AppServer {
  baseUrl: string;
  connectionString: string;
  /** The spawned start.ts process (a process group of its own): next, PostgreSQL and the launcher below it. */
  pid: number;
  logFile: string;
  /** Seconds from spawn to the first answer of /inloggen; `built` when start.ts had to run `next build`. */
  startSeconds: number;
  snapshotSeconds: number;
  built: boolean;
  buildId: string;
  /** Where the CPU profiler's preload writes, when asked for. */
  cpuProfileDir?: string;
  stop(): Promise<void>;
}

export interface StartAppOptions {
  root: string;
  benchDir: string;
  appPort: number;
  pgPort: number;
  appNow: string;
  cpuProfile: boolean;
  log: (line: string) => void;
}

const READY_TIMEOUT_MS = 20 * 60_000; // a cold `next build` on a busy 2-core machine takes minutes
const STOP_TIMEOUT_MS = 30_000;
/** What start.ts needs to build and serve: the inputs of its build fingerprint, the migrations, itself, and the build. */
const SNAPSHOT = [
  "app", "src", "public", "prisma", "scripts", "instrumentation.ts", "next.config.ts", "package.json", "package-lock.json",
  "postcss.config.mjs", "tsconfig.json", "prisma.config.ts", "next-env.d.ts", ".next",
];

export async function startApp({ root, benchDir, appPort, pgPort, appNow, cpuProfile, log }: StartAppOptions): Promise<AppServer> {
  await assertPortFree(appPort, "APP");
  const appDir = path.join(benchDir, "app");
  const dataDir = path.join(benchDir, "data");
  const pgDir = path.join(dataDir, "postgres");
  await stopLeftoverPostgres(pgDir, pgPort);
  const snapshotStarted = performance.now();
  await waitForOtherBuilds(root, log);
  // The build of the previous bench run is reused when it was made from the same sources as the checkout now holds.
  const fingerprint = buildFingerprint(root);
  const previousBuild = `${benchDir}-previous-next`;
  await rm(previousBuild, { recursive: true, force: true });
  const reuse = !buildIsCurrent(root, fingerprint) && buildIsCurrent(appDir, fingerprint);
  if (reuse) await rename(path.join(appDir, ".next"), previousBuild);
  await rm(benchDir, { recursive: true, force: true });
  await snapshotCheckout(root, appDir, { withBuild: !reuse });
  if (reuse) {
    await rename(previousBuild, path.join(appDir, ".next"));
    log("the checkout's build is stale, the previous bench run's build is current: reusing that");
  }
  const snapshotSeconds = (performance.now() - snapshotStarted) / 1000;
  log(`checkout copied to ${path.relative(root, appDir)} in ${snapshotSeconds.toFixed(1)} s`);
  await initialisePostgres(pgDir, pgPort);
  const cpuProfileDir = cpuProfile ? path.join(benchDir, "cpu-profile") : undefined;

  const logFile = path.join(benchDir, "server.log");
  const out = createWriteStream(logFile);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    PORT: String(appPort),
    EMBEDDED_POSTGRES_PORT: String(pgPort),
    APP_NOW: appNow,
  };
  // Always the embedded server: an inherited DATABASE_URL would benchmark someone else's database.
  delete env.DATABASE_URL;
  delete env.SEED_DEMO;
  delete env.AUTH_SECRET;
  if (cpuProfileDir) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} ${await cpuProfilePreload(cpuProfileDir)}`.trim();
  const started = performance.now();
  const child = spawn(path.join(appDir, "node_modules/.bin/tsx"), ["scripts/start.ts"], { cwd: appDir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let built = false;
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => child.once("exit", (code) => { exited = code; resolve(); }));
  const onOutput = (chunk: Buffer) => {
    out.write(chunk);
    if (chunk.toString().includes("Productieversie bouwen")) {
      built = true;
      log("the production build is stale: start.ts runs next build in the copy (minutes)…");
    }
  };
  child.stdout!.on("data", onOutput);
  child.stderr!.on("data", onOutput);

  const baseUrl = `http://127.0.0.1:${appPort}`;
  const stop = stopper(child, exit, () => exited !== undefined, out);
  try {
    await waitForApp(baseUrl, () => exited, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  const password = (await readFile(path.join(pgDir, "aanwezig-password"), "utf8")).trim();
  // As the app connects (src/db/embedded.ts): over the Unix socket in the data folder when it has one.
  const socket = existsSync(path.join(pgDir, `.s.PGSQL.${pgPort}`)) ? `?host=${encodeURIComponent(pgDir)}` : "";
  const connectionString = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/aanwezig${socket}`;
  const buildId = (await readFile(path.join(appDir, ".next/BUILD_ID"), "utf8").catch(() => "?")).trim();
  return {
    baseUrl, connectionString, pid: child.pid!, logFile, startSeconds: (performance.now() - started) / 1000, snapshotSeconds,
    built, buildId, cpuProfileDir, stop,
  };
}

/**
 * A PostgreSQL still running on the folder (a killed earlier bench) is
 * stopped by startEmbeddedPostgres, which refuses when its owner is alive:
 * the folder of a running bench is never deleted.
 */
async function stopLeftoverPostgres(pgDir: string, pgPort: number): Promise<void> {
  if (!existsSync(path.join(pgDir, "postmaster.pid"))) return;
  const leftover = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort });
  await leftover.stop();
}

/** A `next build` of someone else in the shared checkout: copying its .next halfway would give a broken build. */
async function waitForOtherBuilds(root: string, log: (line: string) => void): Promise<void> {
  const building = () =>
    readdirSync("/proc").some((entry) => {
      if (!/^\d+$/.test(entry)) return false;
      try {
        const command = readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0");
        return command.some((a) => a.endsWith("/next") || a.endsWith("/next/dist/bin/next")) && command.includes("build") && readlinkSync(`/proc/${entry}/cwd`) === root;
      } catch {
        return false;
      }
    });
  const deadline = Date.now() + 10 * 60_000;
  if (building()) log("waiting for a next build that is running in the checkout…");
  while (building() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2_000));
}

/** `cp -a`: keeps the timestamps to the nanosecond, which start.ts's build fingerprint compares. */
async function snapshotCheckout(root: string, appDir: string, { withBuild }: { withBuild: boolean }): Promise<void> {
  await mkdir(appDir, { recursive: true });
  const present = SNAPSHOT.filter((entry) => (withBuild || entry !== ".next") && existsSync(path.join(root, entry)));
  await promisify(execFile)("cp", ["-a", ...present, appDir], { cwd: root });
  // node_modules stays shared: Node resolves the link to the real folder.
  await symlink(path.join(root, "node_modules"), path.join(appDir, "node_modules"), "dir");
}

async function initialisePostgres(pgDir: string, pgPort: number): Promise<void> {
  const server = await startEmbeddedPostgres({ dataDir: pgDir, port: pgPort });
  try {
    const client = new pg.Client({ connectionString: server.connectionString });
    await client.connect();
    try {
      await client.query("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
    } finally {
      await client.end();
    }
  } finally {
    await server.stop();
  }
}

async function waitForApp(baseUrl: string, exitCode: () => number | null | undefined, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exitCode() !== undefined) {
      const tail = (await readFile(logFile, "utf8").catch(() => "")).trim().split("\n").slice(-15).join("\n");
      throw new Error(`scripts/start.ts exited (${exitCode()}) before the app answered:\n${tail}`);
    }
    const ok = await fetch(`${baseUrl}/inloggen`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not answer within ${READY_TIMEOUT_MS / 60_000} minutes (log: ${logFile})`);
}

/** SIGTERM to start.ts (it stops next and PostgreSQL itself); the whole group is killed only when it hangs. */
function stopper(child: ChildProcess, exit: Promise<void>, hasExited: () => boolean, out: NodeJS.WritableStream) {
  let stopping: Promise<void> | undefined;
  return () =>
    (stopping ??= (async () => {
      if (!hasExited()) {
        child.kill("SIGTERM");
        const timedOut = await Promise.race([exit.then(() => false), new Promise<boolean>((r) => setTimeout(() => r(true), STOP_TIMEOUT_MS).unref())]);
        if (timedOut) {
          try {
            process.kill(-child.pid!, "SIGKILL");
          } catch {
            // already gone
          }
        }
      }
      out.end();
    })());
}

function assertPortFree(port: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", () => reject(new Error(`port ${port} (${what}) is in use: is another bench still running? Choose another with --app-port/--pg-port`)));
    probe.listen({ port, host: "0.0.0.0", exclusive: true }, () => probe.close(() => resolve()));
  });
}
