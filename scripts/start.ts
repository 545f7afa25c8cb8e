// `npm start`: the product on one machine. Finds or starts PostgreSQL (embedded
// when DATABASE_URL is unset), applies migrations, fills the demo schools the
// first time (embedded, or SEED_DEMO=true), builds when the sources changed,
// and serves the production build (scripts/serve.mjs: one Next.js process per
// core), with the signals worker in a process of its own beside it (`npm run
// worker`, restarted when it stops; decision 160). BSNs still in plain figures
// are encrypted right after the migrations (decision 111). Everything before the server runs as the database owner; the
// server connects as the app role "aanwezig_app", which row-level security holds
// to one school (decision 115). `--dev` serves `next dev` instead, which runs
// the worker itself (src/signals/worker-placement.ts);
// `--fresh` starts the embedded database from an empty folder (tests).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { buildFingerprint, buildIsCurrent, BUILD_STAMP_PATH } from "./start/build-fingerprint";
import { superviseWorker } from "./start/supervise-worker";

const root = path.resolve(import.meta.dirname, "..");
const args = new Set(process.argv.slice(2));
const dev = args.has("--dev");

async function main(): Promise<void> {
  // The launcher composes the environment of the server it starts; the app
  // itself reads settings only through src/env.ts.
  const dataDir = path.resolve(root, process.env.DATA_DIR || ".data");
  const external = Boolean(process.env.DATABASE_URL);
  if (!external && !process.env.AUTH_SECRET) process.env.AUTH_SECRET = await localAuthSecret(dataDir);
  if (!external && !process.env.BSN_ENCRYPTION_KEY) {
    const { localBsnKey } = await import("@/bsn/local-bsn-key");
    process.env.BSN_ENCRYPTION_KEY = await localBsnKey(dataDir);
  }

  const { env, publicUrl } = await import("@/env");
  const settings = envOrExit(env);
  // The public development key is for `npm run dev` only; a served production build needs a real key.
  if (external && !dev && !process.env.BSN_ENCRYPTION_KEY) fail(new Error("BSN_ENCRYPTION_KEY ontbreekt: verplicht met DATABASE_URL (zie README, Instellingen)"));

  const listenersBefore = signalListeners();
  const database = await startDatabase({
    dataDir, fresh: args.has("--fresh"), port: settings.EMBEDDED_POSTGRES_PORT, external: settings.DATABASE_URL,
    appExternal: settings.APP_DATABASE_URL, production: settings.NODE_ENV === "production", databaseWaitSeconds: settings.DATABASE_WAIT_SECONDS,
  });
  const stopAll = installShutdown(database.stop, listenersBefore);

  // Before any request: BSNs from before encryption are encrypted, then the database accepts only ciphertext.
  const { encryptPlaintextBsns } = await import("@/bsn/encrypt-plaintext-bsns");
  const bsns = await encryptPlaintextBsns({ connectionString: database.connectionString }).catch(async (error: unknown) => {
    await database.stop().catch(() => {});
    throw error;
  });
  if (bsns.encrypted > 0) log(`${bsns.encrypted} BSN('s) uit de tijd vóór versleuteling versleuteld`);
  // The queue's tables are the owner's to make; the app role only uses them.
  const { installSignalQueue } = await import("@/signals/server/install-signal-queue");
  await installSignalQueue(database.connectionString, { pupilJobExpireSeconds: settings.SIGNAL_JOB_EXPIRE_SECONDS }).catch(async (error: unknown) => {
    await database.stop().catch(() => {});
    throw error;
  });

  let logins: DemoLogin[] = [];
  if (!external || settings.SEED_DEMO) {
    const { seedDemo } = await import("@/demo/write-demo-data");
    const { schoolToday } = await import("@/calendar/school-time");
    const today = schoolToday("Europe/Amsterdam", settings.APP_NOW ? new Date(settings.APP_NOW) : new Date());
    logins = await seedDemo({ connectionString: database.connectionString, today });
  }

  if (!dev) await buildIfStale();

  const port = settings.PORT;
  // The web server gets only the app role's URL, also as DATABASE_URL: the owner's password stays out of its reach; so do the workers.
  const appUrls = { DATABASE_URL: database.appConnectionString, APP_DATABASE_URL: database.appConnectionString };
  const { workerProcessesToStart, workerRunsInWeb } = await import("@/signals/worker-placement");
  const [command, serveArgs] = dev
    ? [path.join(root, "node_modules/.bin/next"), ["dev", "-p", String(port), "-H", "0.0.0.0"]]
    : [process.execPath, [path.join(root, "scripts/serve.mjs"), "--port", String(port), "--hostname", "0.0.0.0"]];
  const child = spawn(command, serveArgs, {
    cwd: root,
    stdio: "inherit",
    // next-auth's own base URL: the public address (PUBLIC_URL) when there is one.
    env: {
      ...process.env, ...appUrls, NEXTAUTH_URL: publicUrl(settings)?.origin ?? `http://localhost:${port}`,
      WORKER_IN_WEB: String(workerRunsInWeb(settings, dev)),
    },
  });
  const served = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  stopAll.add(async () => {
    // The database stops only after the web server finished the requests in hand (scripts/serve.mjs gives them 25 s).
    child.kill("SIGTERM");
    const cutOff = setTimeout(() => child.kill("SIGKILL"), 35_000);
    await served;
    clearTimeout(cutOff);
  });
  for (let number = 1; number <= workerProcessesToStart(settings, dev); number++) {
    const worker = superviseWorker({ root, number, log, env: { ...process.env, ...appUrls, ...(dev ? {} : { NODE_ENV: "production" }) } });
    // The database stops only after the worker finished the job in hand (scripts/worker.ts gives it 25 s).
    stopAll.add(() => worker.stop(30_000));
  }
  child.on("exit", (code) => void stopAll.run(code ?? 0));

  printWelcome(port, logins, database.embedded);
}

type DemoLogin = { role: string; email: string; password: string; school: string };

type StartDatabaseOptions = {
  dataDir: string; fresh: boolean; port: number; external: string | undefined; appExternal: string | undefined; production: boolean;
  databaseWaitSeconds: number;
};

async function startDatabase({ dataDir, fresh, port, external, appExternal, production, databaseWaitSeconds }: StartDatabaseOptions) {
  const { applyMigrations } = await import("@/db/migrate");
  if (external) {
    // A database that is still starting (containers started together) is waited for, with a line every 2 s.
    const { waitForDatabase } = await import("@/db/wait-for-database");
    await waitForDatabase(external, { waitSeconds: databaseWaitSeconds, log });
    // As the owner, the server would see every school's rows: row-level security would not hold it.
    if (!appExternal && production) {
      throw new Error(
        "APP_DATABASE_URL ontbreekt: verplicht met DATABASE_URL in productie. Geef de rol aanwezig_app (aangemaakt door de migraties) " +
        "een wachtwoord (ALTER ROLE aanwezig_app LOGIN PASSWORD '…') en zet APP_DATABASE_URL op die rol (zie README, Instellingen)",
      );
    }
    const { applied } = await applyMigrations({ connectionString: external });
    log(`Database: ${redact(external)} (${applied.length} migratie(s) toegepast)`);
    if (!appExternal) log("Let op: APP_DATABASE_URL ontbreekt; de app verbindt als eigenaar, zonder de scheiding per school in de database (row-level security)");
    return { connectionString: external, appConnectionString: appExternal ?? external, embedded: false, stop: async () => {} };
  }
  const { startEmbeddedPostgres } = await import("@/db/embedded");
  const pgDir = path.join(dataDir, "postgres");
  if (fresh) await rm(pgDir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({ dataDir: pgDir, port });
  try {
    const { applied } = await applyMigrations({ connectionString: server.connectionString });
    log(`Ingebouwde PostgreSQL in ${path.relative(root, pgDir)} op poort ${server.port} (${applied.length} migratie(s) toegepast)`);
    const { allowAppRoleLogin, asAppRole, localAppRolePassword } = await import("@/db/app-role");
    const password = await localAppRolePassword(dataDir);
    await allowAppRoleLogin(server.connectionString, password);
    return {
      connectionString: server.connectionString,
      appConnectionString: asAppRole(server.socketConnectionString, password),
      embedded: true, stop: server.stop,
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function buildIfStale(): Promise<void> {
  const fingerprint = buildFingerprint(root);
  if (buildIsCurrent(root, fingerprint)) return;
  log("Productieversie bouwen (next build)…");
  const code = await new Promise<number>((resolve) => {
    const build = spawn(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit" });
    build.on("exit", (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw new Error(`next build is mislukt (exit ${code})`);
  await writeFile(path.join(root, BUILD_STAMP_PATH), fingerprint);
}

async function localAuthSecret(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

function envOrExit<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    fail(error);
  }
}

const SHUTDOWN_SIGNALS = ["SIGINT", "SIGTERM"] as const;
type SignalListeners = Map<NodeJS.Signals, Function[]>; // eslint-disable-line @typescript-eslint/no-unsafe-function-type -- what process.listeners returns

function signalListeners(): SignalListeners {
  return new Map(SHUTDOWN_SIGNALS.map((signal) => [signal, process.listeners(signal)]));
}

/**
 * On SIGINT/SIGTERM: the web server and the workers are stopped (a worker finishes the job in hand),
 * then the database. The embedded database's package (embedded-postgres, through async-exit-hook) stops
 * its server on those signals by itself, at once, and exits: its listeners, added since `before`, are
 * taken off, so that the database stops last; `stopDatabase` stops it here instead.
 */
function installShutdown(stopDatabase: () => Promise<void>, before: SignalListeners) {
  for (const signal of SHUTDOWN_SIGNALS) {
    const kept = before.get(signal) ?? [];
    for (const listener of process.listeners(signal)) {
      if (!kept.includes(listener)) process.removeListener(signal, listener as NodeJS.SignalsListener);
    }
  }
  const steps: (() => void | Promise<void>)[] = [];
  let stopping = false;
  const run = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all(steps.map((step) => step()));
    await stopDatabase().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void run(0));
  process.on("SIGTERM", () => void run(0));
  return { add: (step: () => void | Promise<void>) => steps.push(step), run };
}

function printWelcome(port: number, logins: DemoLogin[], embedded: boolean): void {
  log(`Aanwezig draait op http://localhost:${port}${embedded ? " (ingebouwde database)" : ""}`);
  if (logins.length === 0) return;
  log("Demo-inloggegevens (wachtwoord voor iedereen: " + logins[0]!.password + "):");
  for (const login of logins) log(`  ${login.school.padEnd(32)} ${login.role.padEnd(20)} ${login.email}`);
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}

function log(line: string): void {
  process.stdout.write(`[aanwezig] ${line}\n`);
}

function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`[aanwezig] Starten mislukt: ${message}\n`);
  process.exit(1);
}

main().catch(fail);
