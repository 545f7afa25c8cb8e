import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import pg from "pg";
import PgBoss from "pg-boss";

import { allowAppRoleLogin, asAppRole } from "@/db/app-role";
import { createScratchDirectory, startEmbeddedPostgres } from "@/db/embedded";
import { applyMigrations } from "@/db/migrate";
import { installSignalQueue, SIGNAL_QUEUES } from "@/signals/server/install-signal-queue";

import { codeVersion } from "./code-version";
import { postgresCpuMs } from "./register-cpu";
import { measureChangeToSignal, type TLatencies } from "./signals-change";
import { processCpuMs, startWorkerProcess, waitForJobs, type QueueJobs, type WorkerProcess } from "./signals-worker";
import { writeGeneratedSchools, type WrittenSchools } from "./write-generated-schools";

/*
 * `npm run bench:signals` (issues 5 and 15): the signals pipeline on a throwaway embedded PostgreSQL with
 * --scholen schools of --leerlingen pupils (default 10 × 1,500, the issue's platform), each with a full
 * school year of registrations (the demo generator, "today" = 9 July 2027), and the worker in a process of
 * its own (`npm run worker`, as the app role), as production runs it (decision 160):
 *
 * 1. first pass: the worker starts on a database without signals and evaluates every school (its catch-up
 *    for schools the nightly pass missed): every signal new;
 * 2. the nightly pass: the nightly job is sent, the worker queues every school and evaluates them one at a
 *    time; every signal exists. Timed from pg-boss's own records (the nightly job started → the last school
 *    job completed), so the worker's polling before it picks the job up is not in the figure; the CPU the
 *    worker and PostgreSQL used meanwhile gives the CPU per nightly pupil (docs/scaling.md);
 * 3. change to signal: 50 times one mark of a random pupil is changed and the pupil queued from this process
 *    exactly as the web process does it (the register's gathered send), and 30 times with the direct send
 *    of the other write paths; the time until the worker stored the pupil's re-evaluated signals (p50/p95).
 *
 * Generating and writing the schools is not timed in the figures. Writes bench-results/signals.json at the
 * default scale, else .data/bench-results/signals-<scholen>x<leerlingen>.json (a smaller run proves the
 * script and leaves the issue's figures alone). Decision 176. The app's server modules need the
 * "react-server" condition: the work runs in a child process started with it.
 *
 * Options: --scholen 10 --leerlingen 1500.
 */

const root = path.resolve(import.meta.dirname, "../..");
const TODAY = "2027-07-09";
const SEED = 20270709;
/** The worker's clock: 9 July 2027, 10:00 in Amsterdam, running on from its start. */
const APP_NOW = `${TODAY}T10:00:00+02:00`;
const DEFAULT = { schools: 10, pupils: 1500 };
const TARGETS = { nightlySeconds: 60, changeToSignalP95Ms: 2000 };

const { values: args } = parseArgs({
  options: { scholen: { type: "string", default: String(DEFAULT.schools) }, leerlingen: { type: "string", default: String(DEFAULT.pupils) }, child: { type: "boolean", default: false } },
});
const schools = Number(args.scholen);
const pupilsPerSchool = Number(args.leerlingen);

const log = (line: string) => process.stdout.write(`[bench:signals] ${line}\n`);
const seconds = (ms: number) => Math.round(ms) / 1000;

function main(): void {
  if (!Number.isInteger(schools) || schools < 1 || !Number.isInteger(pupilsPerSchool) || pupilsPerSchool < 50) {
    process.stderr.write(`--scholen must be a whole number ≥ 1 and --leerlingen ≥ 50 (got ${args.scholen} and ${args.leerlingen})\n`);
    process.exit(2);
  }
  if (args.child) {
    // The parent passes Ctrl-C on; exiting runs the worker's guard (signals-worker.ts).
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(130));
    child().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
    return;
  }
  const file = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", file, "--child", ...process.argv.slice(2)], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}

async function child(): Promise<void> {
  const load = os.loadavg()[0]!;
  const scratch = await createScratchDirectory();
  const server = await startEmbeddedPostgres({ dataDir: path.join(scratch.path, "data"), port: 0, database: "bench", persistent: false, durability: "fast" });
  let worker: WorkerProcess | undefined;
  const db = new pg.Client({ connectionString: server.connectionString });
  try {
    await applyMigrations({ connectionString: server.connectionString });
    // As `npm start` does: the owner installs the queue, the app and the worker connect as the app role.
    await installSignalQueue(server.connectionString);
    const appPassword = randomBytes(18).toString("base64url");
    await allowAppRoleLogin(server.connectionString, appPassword);
    // Over the Unix socket, as the app connects to its embedded PostgreSQL (decision 051).
    const appUrl = asAppRole(server.socketConnectionString, appPassword);
    // This process plays the web server: its queue sends read their settings through src/env.ts, on first use.
    process.env.DATABASE_URL = appUrl;
    process.env.APP_DATABASE_URL = appUrl;
    process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
    await db.connect();

    const setup = await writeGeneratedSchools(server.connectionString, { seed: SEED, today: TODAY, schools, pupilsPerSchool, log });
    log(`${schools} school(s) of ${pupilsPerSchool} pupils: ${setup.lessons} lessons, ${setup.registrations} registrations up to ${TODAY}`);
    log(`(setup, not in the figures: generate ${setup.generateSeconds} s, write ${setup.writeSeconds} s)`);

    log("first pass: the worker starts in its own process and evaluates every school (no signals yet)…");
    const started = Date.now();
    worker = await startWorkerProcess({ root, appUrl, appNow: APP_NOW });
    const first = await waitForJobs(db, { queue: SIGNAL_QUEUES.school, count: schools, since: started - 1000, timeoutMs: 30 * 60_000, worker });
    const firstMs = first.lastCompleted! - first.firstCreated!;
    log(`  ${seconds(firstMs)} s`);

    log("nightly pass: the nightly job sent; the worker picks it up at its next poll (within 30 s, not in the figure)…");
    const nightly = await runNightly(server.connectionString, db, worker);
    log(`  ${seconds(nightly.ms)} s, worker ${nightly.workerCpuMs} ms CPU, PostgreSQL ${nightly.postgresCpuMs} ms CPU`);

    log("change -> signal: 80 changes, sent from this process as the web process sends them…");
    const latencies = await measureChangeToSignal({ ownerUrl: server.connectionString, seed: SEED });

    const signals = await db.query<{ kind: string; count: number }>(`SELECT "kind"::text AS kind, count(*)::int AS count FROM "Signal" GROUP BY 1 ORDER BY 1`);
    const exitCode = await worker.stop();
    if (exitCode !== 0) throw new Error(`the worker stopped with exit ${exitCode}:\n${worker.output()}`);
    worker = undefined;
    report({ setup, firstMs, nightly, latencies, kinds: Object.fromEntries(signals.rows.map((r) => [r.kind, r.count])), load });
  } finally {
    await worker?.stop();
    await db.end().catch(() => {});
    await server.stop();
    await scratch.remove();
  }
}

interface TNightly { ms: number; pupils: number; workerCpuMs: number; postgresCpuMs: number; jobs: QueueJobs }

/**
 * Sends the nightly job as pg-boss's cron does (as the owner, from outside the worker), waits until the
 * worker took it (CPU counted from then), and until every school's job it queued completed.
 */
async function runNightly(ownerUrl: string, db: pg.Client, worker: WorkerProcess): Promise<TNightly> {
  // PostgreSQL runs below this process (embedded), beside the worker.
  const postgresRootPid = process.pid;
  const boss = new PgBoss({ connectionString: ownerUrl, schema: "pgboss", supervise: false, schedule: false, migrate: false, max: 1 });
  boss.on("error", (error) => console.error(error));
  await boss.start();
  const sentAt = Date.now() - 1000;
  try {
    await boss.send(SIGNAL_QUEUES.nightly, {});
  } finally {
    await boss.stop({ graceful: false });
  }
  const deadline = performance.now() + 120_000;
  for (;;) {
    const { rows } = await db.query<{ state: string }>(`SELECT state::text FROM pgboss.job WHERE name = $1 AND created_on >= to_timestamp($2::float8 / 1000)`, [SIGNAL_QUEUES.nightly, sentAt]);
    if (rows.some((r) => r.state !== "created" && r.state !== "retry")) break;
    if (performance.now() > deadline) throw new Error(`the worker did not take the nightly job within 120 s:\n${worker.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const cpu0 = { worker: processCpuMs(worker.pid), postgres: postgresCpuMs(postgresRootPid) };
  const night = await waitForJobs(db, { queue: SIGNAL_QUEUES.nightly, count: 1, since: sentAt, timeoutMs: 30 * 60_000, worker });
  const jobs = await waitForJobs(db, { queue: SIGNAL_QUEUES.school, count: schools, since: sentAt, timeoutMs: 30 * 60_000, worker });
  const workerCpuMs = processCpuMs(worker.pid) - cpu0.worker;
  const pgCpuMs = postgresCpuMs(postgresRootPid) - cpu0.postgres;
  const end = Math.max(jobs.lastCompleted!, night.lastCompleted!);
  return { ms: end - night.firstStarted!, pupils: schools * pupilsPerSchool, workerCpuMs, postgresCpuMs: pgCpuMs, jobs };
}

function report(run: { setup: WrittenSchools; firstMs: number; nightly: TNightly; latencies: TLatencies; kinds: Record<string, number>; load: number }): void {
  const { setup, firstMs, nightly, latencies } = run;
  const pupils = setup.pupils;
  const perSecond = (ms: number) => Math.round(pupils / (ms / 1000));
  const cpuPerPupil = (ms: number) => Math.round((ms / pupils) * 100) / 100;
  const rows: [string, string][] = [
    [`first pass, all ${pupils} pupils (every signal new)`, `${seconds(firstMs).toFixed(2)} s, ${perSecond(firstMs)} pupils/s`],
    [`nightly pass, all ${pupils} pupils (every signal exists)`, `${seconds(nightly.ms).toFixed(2)} s, ${perSecond(nightly.ms)} pupils/s`],
    ["  CPU per nightly pupil", `worker ${cpuPerPupil(nightly.workerCpuMs)} ms, PostgreSQL ${cpuPerPupil(nightly.postgresCpuMs)} ms`],
    [`change -> signal, sent as the register does (n=${latencies.register.samples.length})`, `p50 ${latencies.register.p50} ms, p95 ${latencies.register.p95} ms, max ${latencies.register.max} ms`],
    [`change -> signal, sent directly (n=${latencies.direct.samples.length})`, `p50 ${latencies.direct.p50} ms, p95 ${latencies.direct.p95} ms, max ${latencies.direct.max} ms`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  process.stdout.write(`SIGNALS BENCHMARK  ${schools} school(s) × ${pupilsPerSchool} pupils, a school year of registrations up to ${TODAY}; worker in its own process (npm run worker, app role)\n`);
  for (const [label, value] of rows) process.stdout.write(`${label.padEnd(width)}  ${value}\n`);
  process.stdout.write(`signals: ${JSON.stringify(run.kinds)}\n`);
  const nightlyMet = nightly.ms < TARGETS.nightlySeconds * 1000;
  const changeMet = Math.max(latencies.register.p95, latencies.direct.p95) < TARGETS.changeToSignalP95Ms;
  process.stdout.write(`targets: nightly pass < ${TARGETS.nightlySeconds} s (${nightlyMet ? "met" : "MISSED"}), change -> signal p95 < ${TARGETS.changeToSignalP95Ms} ms (${changeMet ? "met" : "MISSED"})${run.load > 1 ? `; load average ${run.load.toFixed(2)} at the start: other work was running` : ""}\n`);

  const isDefault = schools === DEFAULT.schools && pupilsPerSchool === DEFAULT.pupils;
  const out = isDefault ? path.join(root, "bench-results/signals.json") : path.join(root, `.data/bench-results/signals-${schools}x${pupilsPerSchool}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  const result = {
    // The keys of the one-school benchmark, now over all schools with the worker in its own process (decision 176).
    pupils,
    wholeSchoolSeconds: seconds(firstMs),
    pupilsPerSecond: perSecond(firstMs),
    changeToSignalP50Ms: latencies.register.p50,
    changeToSignalP95Ms: latencies.register.p95,
    signals: Object.values(run.kinds).reduce((a, b) => a + b, 0),
    wholeSchoolAgainSeconds: seconds(nightly.ms),
    changeToSignalPolledP50Ms: latencies.direct.p50,
    changeToSignalPolledP95Ms: latencies.direct.p95,
    changes: latencies.register.samples.length + latencies.direct.samples.length,
    // New with issue 15.
    schools,
    pupilsPerSchool,
    workerInOwnProcess: true,
    nightlySeconds: seconds(nightly.ms),
    nightlyPupilsPerSecond: perSecond(nightly.ms),
    nightlyCpuMsPerPupil: { worker: cpuPerPupil(nightly.workerCpuMs), postgres: cpuPerPupil(nightly.postgresCpuMs) },
    changeToSignalDirectP95Ms: latencies.direct.p95,
    signalsByKind: run.kinds,
    targets: {
      nightlySeconds: { target: TARGETS.nightlySeconds, measured: seconds(nightly.ms), met: nightlyMet },
      changeToSignalP95Ms: { target: TARGETS.changeToSignalP95Ms, measured: Math.max(latencies.register.p95, latencies.direct.p95), met: changeMet },
    },
    setup: {
      today: TODAY, appNow: APP_NOW, lessons: setup.lessons, registrations: setup.registrations,
      generateSeconds: setup.generateSeconds, writeSeconds: setup.writeSeconds,
      machine: { cores: os.cpus().length, loadAverageAtStart: round(run.load) }, code: codeVersion(root), measuredAt: new Date().toISOString().slice(0, 10),
    },
  };
  writeFileSync(`${out}.tmp`, `${JSON.stringify(result, null, 2)}\n`);
  renameSync(`${out}.tmp`, out);
  process.stdout.write(`wrote ${path.relative(process.cwd(), out)}\n`);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

main();
