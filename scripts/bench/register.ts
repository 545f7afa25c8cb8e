import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { codeVersion } from "./code-version";
import { nextServerPid, waitForIdle } from "./register-cpu";
import { startCpuProfile, stopCpuProfile, summarizeCpuProfile, type CpuProfileSummary } from "./register-cpu-profile";
import { logIn } from "./register-http";
import { LessonPool, runSingleTeacher, runTeachers } from "./register-load";
import { profileRequests } from "./register-profile";
import { runNightlyPass } from "./register-nightly";
import { printReport, runResult, singleUserResult, TARGETS, type RunResult } from "./register-report";
import { writeBenchSchool } from "./register-school";
import { startApp, type AppServer } from "./register-server";
import { runSqlCeiling } from "./register-sql-ceiling";

/*
 * `npm run bench:register` (issue 4): the production build on its own
 * embedded PostgreSQL, a bench school with 30-pupil groups, and teachers doing
 * what teachers do: open the register of a lesson, mark everyone present in
 * one action, change 3 pupils to absent or late, move on to the next lesson.
 *
 *   1. one teacher alone: p50/p95 of opening a register and of saving;
 *   2. 10, 50 and 200 teachers at once, closed loop, fixed time: registers/s,
 *      p50/p95/p99 per step, failed requests (and 50 teachers once more the way
 *      the page really works: every save asks for the register back);
 *   3. the same writes by plain SQL over one pooled connection: the ceiling.
 *
 * Also: SQL statements and database time per request (pg_stat_statements) and
 * who used the CPU during each run. Prints a table, writes
 * bench-results/register.json. A script that prints figures, not a test.
 * Decisions and caveats: docs/decisions/050-register-benchmark.md.
 *
 * Options: --quick (a smoke run of under a minute of load), --duration=20 --warmup=10 (seconds per run),
 * --teachers=10,50,200, --single=150 (registers of the lone teacher), --no-browser-run,
 * --app-port=3200 --pg-port=5435, --cpu-profile (profile the server's CPU from the lone teacher to
 * the last run and print where its time goes; the profiler itself costs some throughput).
 */

const root = path.resolve(import.meta.dirname, "../..");
const TODAY = "2026-11-23"; // a Monday, a school day in every region
// After the last lesson (the 8th ends at 16:15): every lesson of the day has
// started, so the server accepts marks for all of them (a lesson opens five
// minutes before it starts, decision 080; at 15:00 the 8th was still closed).
const APP_NOW = "2026-11-23T16:30:00+01:00";
const SCHOOL = { pupils: 720, groups: 24, seed: 4242 };
const PROFILE_REQUESTS = 40;
const SQL_WARMUP = 20;
const SQL_REGISTERS = 1000;

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    duration: { type: "string" },
    warmup: { type: "string" },
    teachers: { type: "string" },
    single: { type: "string" },
    "no-browser-run": { type: "boolean", default: false },
    "cpu-profile": { type: "boolean", default: false },
    "app-port": { type: "string", default: "3200" },
    "pg-port": { type: "string", default: "5435" },
  },
});
const quick = args.quick!;
const settings = {
  durationMs: Number(args.duration ?? (quick ? 6 : 20)) * 1000,
  warmupMs: Number(args.warmup ?? (quick ? 3 : 10)) * 1000,
  teachers: (args.teachers ?? (quick ? "10,50" : "10,50,200")).split(",").map(Number),
  single: Number(args.single ?? (quick ? 30 : 150)),
  singleWarmup: quick ? 5 : 10,
  browserRun: !args["no-browser-run"],
};

const log = (line: string) => process.stdout.write(`[bench:register] ${line}\n`);
const startedAt = performance.now();
const elapsed = () => `${((performance.now() - startedAt) / 1000).toFixed(0)} s`;

let app: AppServer | undefined;
async function shutdown(): Promise<void> {
  const running = app;
  app = undefined;
  if (running) {
    log("stopping the app and its PostgreSQL…");
    await running.stop();
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void shutdown().finally(() => process.exit(130));
  });
}

async function main(): Promise<void> {
  const load = os.loadavg()[0]!;
  log(`machine: ${os.cpus().length} cores, load average ${load.toFixed(2)} before the start${load > 1 ? " (other work is running: figures will be lower than on a quiet machine)" : ""}`);
  const code = codeVersion(root);
  const server = await startApp({
    root, benchDir: path.join(root, ".data/bench-register"), appPort: Number(args["app-port"]), pgPort: Number(args["pg-port"]),
    appNow: APP_NOW, cpuProfile: args["cpu-profile"]!, log,
  });
  app = server;
  const { cpuProfileDir } = server;
  const nextPid = nextServerPid(server.pid);
  if (cpuProfileDir && !nextPid) throw new Error("--cpu-profile: no next-server process found under the app");
  log(`app up after ${server.startSeconds.toFixed(0)} s${server.built ? " (including next build)" : ""} at ${server.baseUrl}; log ${path.relative(root, server.logFile)}`);

  const school = await writeBenchSchool(server.connectionString, { today: TODAY, ...SCHOOL });
  const lessons = school.teachers.reduce((total, t) => total + t.lessons.length, 0);
  log(
    `bench school written in ${school.writeSeconds.toFixed(1)} s: ${school.pupils} pupils, ${school.groups} groups of ${school.groupSizes.min}–${school.groupSizes.max}, ` +
      `${school.teachers.length} teachers, ${lessons} fresh lessons from ${school.firstPoolDay}, ${school.historyRegistrations} registrations before`,
  );
  // As every night in a school in use: its pupils' signals (and per-day rollups) exist before teachers start.
  const nightlySeconds = await runNightlyPass(server.connectionString, school.schoolId);
  log(`nightly pass of the bench school through the worker: ${nightlySeconds.toFixed(1)} s`);
  // The app's background work (the signals worker catches up on the schools it never evaluated) must not run into the measurements.
  const quiet = await waitForIdle(server.pid);
  log(`app idle after ${quiet.toFixed(0)} s of background work`);

  const cookies = new Map<string, string>();
  const loginStarted = performance.now();
  for (const teacher of school.teachers) cookies.set(teacher.email, await logIn(server.baseUrl, teacher.email, school.password));
  log(`${cookies.size} teachers logged in (${((performance.now() - loginStarted) / 1000).toFixed(1)} s)`);

  const pool = new LessonPool(school.teachers, cookies);
  // The teacher's action on the server's frozen clock: an hour before APP_NOW, running on from there.
  const clockStart = performance.now();
  const markedAt = () => new Date(Date.parse(APP_NOW) - 3_600_000 + (performance.now() - clockStart));
  const ctx = { baseUrl: server.baseUrl, markedAt };

  if (cpuProfileDir) await startCpuProfile(cpuProfileDir, nextPid!);
  log(`one teacher alone: ${settings.singleWarmup} warm-up + ${settings.single} registers…`);
  const single = singleUserResult(await runSingleTeacher({ ...ctx, refresh: true }, pool, { warmup: settings.singleWarmup, registers: settings.single }));
  log(`  open p95 ${single.openP95Ms} ms, save p95 ${single.saveP95Ms} ms (${elapsed()})`);

  log(`profile: ${PROFILE_REQUESTS} requests of each kind with pg_stat_statements…`);
  const profile = await profileRequests({ ...ctx, connectionString: server.connectionString, appPid: server.pid }, pool, PROFILE_REQUESTS);

  const runs: RunResult[] = [];
  const browserRuns: RunResult[] = [];
  const plan = [...settings.teachers.map((teachers) => ({ teachers, refresh: false })), ...(settings.browserRun ? [{ teachers: 50, refresh: true }] : [])];
  for (const { teachers, refresh } of plan) {
    log(`${teachers} teachers at once${refresh ? ", browser-like (every save answers with the register)" : ""}: ${settings.warmupMs / 1000} s warm-up + ${settings.durationMs / 1000} s… (${pool.remaining()} fresh lessons left)`);
    const run = runResult(await runTeachers(ctx, pool, { teachers, refresh, warmupMs: settings.warmupMs, durationMs: settings.durationMs, appPid: server.pid }));
    // What the run left for the background (the signals queue) is finished before the next run starts, and timed.
    run.backgroundSecondsAfter = round(await waitForIdle(server.pid));
    (refresh ? browserRuns : runs).push(run);
    log(
      `  ${run.registersPerSecond} registers/s, open p95 ${run.openP95Ms} ms, save p95 ${run.saveP95Ms} ms, ${run.failed} failed; ` +
        `background work went on ${run.backgroundSecondsAfter} s after the run (${elapsed()})`,
    );
  }

  let cpuProfile: CpuProfileSummary | undefined;
  if (cpuProfileDir) {
    cpuProfile = summarizeCpuProfile(await stopCpuProfile(cpuProfileDir, nextPid!));
    log(`CPU profile of next-server: ${cpuProfile.busySeconds} s busy`);
  }

  log(`SQL ceiling: ${Math.min(SQL_REGISTERS, school.sqlLessons.length - SQL_WARMUP)} registers over one connection…`);
  const ceiling = await runSqlCeiling(server.connectionString, {
    schoolId: school.schoolId, actorUserId: school.sqlActorUserId, lessons: school.sqlLessons.slice(0, SQL_REGISTERS + SQL_WARMUP), warmup: SQL_WARMUP, markedAt,
  });

  const check = await verify(server.connectionString, school.schoolId);
  const setup = {
    snapshotSeconds: round(server.snapshotSeconds), appStartSeconds: round(server.startSeconds), built: server.built, schoolWriteSeconds: round(school.writeSeconds),
  };
  await shutdown();
  const totalSeconds = (performance.now() - startedAt) / 1000;

  const result = {
    singleUser: single,
    runs,
    sqlCeilingRegistersPerSecond: round(ceiling.registersPerSecond),
    // Extra fields:
    browserLikeRuns: browserRuns,
    sqlCeiling: ceiling,
    profile,
    ...(cpuProfile ? { cpuProfile } : {}),
    targets: {
      singleOpenP95Ms: { target: TARGETS.singleOpenP95Ms, measured: single.openP95Ms, met: single.openP95Ms < TARGETS.singleOpenP95Ms },
      singleSaveP95Ms: { target: TARGETS.singleSaveP95Ms, measured: single.saveP95Ms, met: single.saveP95Ms < TARGETS.singleSaveP95Ms },
      registersPerSecondAt50: (() => {
        const at50 = runs.find((r) => r.teachers === TARGETS.teachers);
        return at50 ? { target: TARGETS.registersPerSecond, measured: at50.registersPerSecond, failed: at50.failed, met: at50.registersPerSecond >= TARGETS.registersPerSecond && at50.failed === 0 } : null;
      })(),
    },
    setup: {
      ...setup, totalSeconds: round(totalSeconds), appNow: APP_NOW,
      school: {
        pupils: school.pupils, groups: school.groups, groupSizes: school.groupSizes, teachers: school.teachers.length, freshLessons: lessons,
        firstFreshLessonDay: school.firstPoolDay, historyRegistrations: school.historyRegistrations,
      },
      settings: { ...settings, quick }, machine: { cores: os.cpus().length, loadAverageAtStart: round(load) }, buildId: server.buildId, code,
      database: check,
    },
  };
  const out = path.join(root, "bench-results/register.json");
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(`${out}.tmp`, `${JSON.stringify(result, null, 2)}\n`);
  renameSync(`${out}.tmp`, out);

  printReport((line) => process.stdout.write(`${line}\n`), {
    header: [
      `REGISTER BENCHMARK  ${school.name}: ${school.pupils} pupils, ${school.groups} groups of ${school.groupSizes.min}–${school.groupSizes.max}, ${school.teachers.length} teacher accounts; APP_NOW ${APP_NOW}`,
      `commit ${code.commit}${code.changedFiles > 0 ? ` + ${code.changedFiles} changed/new files in the checkout` : ""}, production build ${server.buildId}${server.built ? " (built by this run, in its copy)" : ""}, embedded PostgreSQL 18 (fsync on); ${os.cpus().length} cores, load average ${load.toFixed(2)} at the start`,
      `"open" = GET of the register page (a static shell) and of the register it loads from the API; "save" = one POST of marks; a register = open + 4 saves.`,
    ],
    single, runs, browserRuns, ceiling, profile, cpuProfile,
    footer: [
      ...(cpuProfile ? [`(this run had the CPU profiler on in the server: its figures are somewhat lower than without)`] : []),
      `database after the run: ${check.registeredLessons} lessons registered, ${check.registrations} registrations, ${check.changes} history rows in the bench school`,
      `setup: copy of the checkout ${setup.snapshotSeconds} s, app ${setup.appStartSeconds} s${server.built ? " (with next build)" : ""}, bench school ${setup.schoolWriteSeconds} s; whole bench ${totalSeconds.toFixed(0)} s`,
      `wrote ${path.relative(root, out)}`,
    ],
  });
}

async function verify(connectionString: string, schoolId: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ lessons: string; registrations: string; changes: string }>(
      `SELECT (SELECT count(*) FROM "Lesson" WHERE "schoolId" = $1 AND "registeredAt" IS NOT NULL) AS lessons,
              (SELECT count(*) FROM "Registration" WHERE "schoolId" = $1) AS registrations,
              (SELECT count(*) FROM "RegistrationChange" WHERE "schoolId" = $1) AS changes`,
      [schoolId],
    );
    return { registeredLessons: Number(rows[0]!.lessons), registrations: Number(rows[0]!.registrations), changes: Number(rows[0]!.changes) };
  } finally {
    await client.end();
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

main().catch(async (error: unknown) => {
  process.stderr.write(`[bench:register] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await shutdown().catch(() => {});
  process.exit(1);
});
