import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { localBsnKey } from "../../src/bsn/local-bsn-key";
import { demoTotpCode } from "../../src/demo/demo-two-step";
import { codeVersion } from "./code-version";
import { cpuSnapshot, cpuUse, waitForIdle } from "./register-cpu";
import { logIn, timedFetch } from "./register-http";
import { LessonPool, runSingleTeacher } from "./register-load";
import { singleUserResult, type SingleUserResult } from "./register-report";
import { writeBenchSchool, type BenchSchool } from "./register-school";
import { startApp, type AppServer } from "./register-server";
import { round1, summarize, type StepSummary } from "./register-stats";
import { writeGeneratedSchools } from "./write-generated-schools";

/*
 * `npm run bench:tenants` (issue 15): is one school as fast among many as alone? The production build on
 * its own embedded PostgreSQL (bench:register's server start), the bench school of --leerlingen pupils
 * (30-pupil groups, a school year of registrations up to 9 July 2027, its last weeks' lessons left fresh
 * for the teacher to register), and measured twice with the same app, the same school and the same build:
 *
 *   1. alone: the bench school (beside the small demo schools every `npm start` database holds);
 *   2. among --scholen: after --scholen − 1 generated schools of --leerlingen pupils, each with its year
 *      of registrations, were written into the same database and ANALYZEd.
 *
 * Each time: one teacher registering lessons one after another (open p50/p95, save p50/p95; as the lone
 * teacher of bench:register), and the school leader's overview page (/directie: the school year's
 * attendance of the whole school, the heaviest read a leader does) requested one after another. Prints
 * both and the ratio (among / alone). Writes bench-results/tenants.json at the default scale, else
 * .data/bench-results/tenants-<scholen>x<leerlingen>.json. Decision 177.
 *
 * Options: --scholen 10 --leerlingen 1500 --registers 100 --leider 20 --app-port 3240 --pg-port 5560.
 */

const root = path.resolve(import.meta.dirname, "../..");
const TODAY = "2027-07-09"; // a Friday: the school year is behind every school
const APP_NOW = "2027-07-09T16:30:00+02:00"; // after the last lesson: every fresh lesson of the day is open for marks
const SEED = 4242;
const OTHERS_SEED = 15;
const DEFAULT = { schools: 10, pupils: 1500 };
/** The teacher accounts whose fresh lessons the lone teacher registers: plenty for both phases. */
const POOL_TEACHERS = 6;
const WARMUP_REGISTERS = 10;
const WARMUP_LEADER = 3;

const { values: args } = parseArgs({
  options: {
    scholen: { type: "string", default: String(DEFAULT.schools) },
    leerlingen: { type: "string", default: String(DEFAULT.pupils) },
    registers: { type: "string", default: "100" },
    leider: { type: "string", default: "20" },
    "app-port": { type: "string", default: "3240" },
    "pg-port": { type: "string", default: "5560" },
  },
});
const schools = Number(args.scholen);
const pupils = Number(args.leerlingen);
const registers = Number(args.registers);
const leaderRequests = Number(args.leider);

const log = (line: string) => process.stdout.write(`[bench:tenants] ${line}\n`);

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

interface Phase {
  schoolsInDatabase: number;
  register: SingleUserResult;
  leaderPage: StepSummary;
  /** Cores the app and PostgreSQL used while the phase ran; other work on the machine makes a phase slower. */
  cpuCores: { app: number; postgres: number; other: number };
}

async function main(): Promise<void> {
  for (const [name, value, min] of [["--scholen", schools, 2], ["--leerlingen", pupils, 300], ["--registers", registers, 10], ["--leider", leaderRequests, 5]] as const) {
    if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min} (got ${value})`);
  }
  const load = os.loadavg()[0]!;
  log(`machine: ${os.cpus().length} cores, load average ${load.toFixed(2)} before the start${load > 1 ? " (other work is running: the two phases compare less well)" : ""}`);
  const startedAt = performance.now();
  const benchDir = path.join(root, ".data/bench-tenants");
  const server = await startApp({
    root, benchDir, appPort: Number(args["app-port"]), pgPort: Number(args["pg-port"]), appNow: APP_NOW, cpuProfile: false, log,
  });
  app = server;
  log(`app up after ${server.startSeconds.toFixed(0)} s${server.built ? " (including next build)" : ""} at ${server.baseUrl}`);

  // The app's own BSN key (start.ts made it in DATA_DIR): the bench school's encrypted BSNs and the leader's
  // two-step secret are written with it, so that the app can read them.
  process.env.BSN_ENCRYPTION_KEY = await localBsnKey(path.join(benchDir, "data"));
  const school = await writeBenchSchool(server.connectionString, { today: TODAY, pupils, groups: Math.round(pupils / 30), seed: SEED });
  log(`bench school written in ${school.writeSeconds.toFixed(1)} s: ${school.pupils} pupils, ${school.groups} groups, ${school.historyRegistrations} registrations`);
  log(`app idle after ${(await waitForIdle(server.pid)).toFixed(0)} s`);

  const teachers = school.teachers.slice(0, POOL_TEACHERS);
  const cookies = new Map<string, string>();
  for (const teacher of teachers) cookies.set(teacher.email, await logIn(server.baseUrl, teacher.email, school.password));
  // The leader's role logs in with a second step; the demo accounts' authenticator secret is public (src/demo/demo-two-step.ts).
  const leader = await logIn(server.baseUrl, school.leaderEmail, school.password, { secondStepCode: () => demoTotpCode() });
  const pool = new LessonPool(teachers, cookies);
  const needed = 2 * (registers + WARMUP_REGISTERS);
  if (pool.remaining() < needed) throw new Error(`only ${pool.remaining()} fresh lessons for ${needed} registers: lower --registers`);

  const alone = await measure(server, school, pool, leader, 1);

  log(`writing ${schools - 1} more schools of ${pupils} pupils with a school year each…`);
  const others = await writeGeneratedSchools(server.connectionString, { seed: OTHERS_SEED, today: TODAY, schools: schools - 1, pupilsPerSchool: pupils, log });
  log(`${others.registrations} registrations written in ${others.writeSeconds} s (generated in ${others.generateSeconds} s)`);
  // Autovacuum's ANALYZE of the new rows, if any, is done before the second phase starts. The new schools get
  // their signals at the next nightly pass (the worker's catch-up ran when the app started): their Signal
  // rows are absent, a few thousand per school next to their millions of registrations.
  log(`app idle after ${(await waitForIdle(server.pid)).toFixed(0)} s`);

  const among = await measure(server, school, pool, leader, schools);
  await shutdown();
  report({ alone, among, school, others: { registrations: others.registrations, writeSeconds: others.writeSeconds }, load, totalSeconds: (performance.now() - startedAt) / 1000, buildId: server.buildId });
}

async function measure(server: AppServer, school: BenchSchool, pool: LessonPool, leader: string, schoolsInDatabase: number): Promise<Phase> {
  const label = schoolsInDatabase === 1 ? "alone" : `among ${schoolsInDatabase} schools`;
  const before = cpuSnapshot(server.pid);
  log(`${label}: one teacher, ${WARMUP_REGISTERS} warm-up + ${registers} registers…`);
  // The teacher's action on the server's clock: an hour before APP_NOW, running on from there.
  const clockStart = performance.now();
  const markedAt = () => new Date(Date.parse(APP_NOW) - 3_600_000 + (performance.now() - clockStart));
  const register = singleUserResult(await runSingleTeacher({ baseUrl: server.baseUrl, markedAt, refresh: true }, pool, { warmup: WARMUP_REGISTERS, registers }));
  if (register.failed > 0) throw new Error(`${label}: ${register.failed} requests failed: ${JSON.stringify(register.errors)}`);
  log(`  open p95 ${register.openP95Ms} ms, save p95 ${register.saveP95Ms} ms`);
  // What the saves queued for the worker is done before the leader's page is timed.
  await waitForIdle(server.pid);

  log(`${label}: the leader's overview (/directie), ${WARMUP_LEADER} warm-up + ${leaderRequests}…`);
  const samples: number[] = [];
  for (let i = 0; i < WARMUP_LEADER + leaderRequests; i++) {
    const result = await timedFetch(`${server.baseUrl}/directie`, { headers: { cookie: leader } });
    if (!result.ok) throw new Error(`${label}: ${result.error}`);
    if (!result.text.includes("Overzicht aanwezigheid")) throw new Error(`${label}: /directie answered without the overview (${school.leaderEmail})`);
    if (i >= WARMUP_LEADER) samples.push(result.ms);
  }
  const leaderPage = summarize(samples);
  log(`  p50 ${leaderPage.p50Ms} ms, p95 ${leaderPage.p95Ms} ms`);
  const use = cpuUse(before, cpuSnapshot(server.pid));
  return { schoolsInDatabase, register, leaderPage, cpuCores: { app: use.appCores, postgres: use.postgresCores, other: use.otherCores } };
}

function report(r: {
  alone: Phase; among: Phase; school: BenchSchool; others: { registrations: number; writeSeconds: number }; load: number; totalSeconds: number; buildId: string;
}): void {
  const { alone, among } = r;
  const ratio = (a: number, b: number) => (a > 0 ? Math.round((b / a) * 100) / 100 : 0);
  const figures = [
    ["register open p50 (ms)", alone.register.openP50Ms, among.register.openP50Ms],
    ["register open p95 (ms)", alone.register.openP95Ms, among.register.openP95Ms],
    ["register save p50 (ms)", alone.register.saveP50Ms, among.register.saveP50Ms],
    ["register save p95 (ms)", alone.register.saveP95Ms, among.register.saveP95Ms],
    ["leader's overview p50 (ms)", alone.leaderPage.p50Ms, among.leaderPage.p50Ms],
    ["leader's overview p95 (ms)", alone.leaderPage.p95Ms, among.leaderPage.p95Ms],
  ] as const;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out("");
  out(`TENANTS BENCHMARK  ${r.school.name}: ${r.school.pupils} pupils, a school year up to ${TODAY}; alone, then among ${schools} schools of ${pupils} pupils`);
  out(`${"".padEnd(28)}${"alone".padStart(10)}${`among ${schools}`.padStart(12)}${"ratio".padStart(8)}`);
  for (const [label, a, b] of figures) out(`${label.padEnd(28)}${String(a).padStart(10)}${String(b).padStart(12)}${ratio(a, b).toFixed(2).padStart(8)}`);
  out(`cores used by the app / PostgreSQL / other work: alone ${alone.cpuCores.app} / ${alone.cpuCores.postgres} / ${alone.cpuCores.other}, among ${among.cpuCores.app} / ${among.cpuCores.postgres} / ${among.cpuCores.other}`);
  out(`other schools: ${r.others.registrations} registrations, written in ${r.others.writeSeconds} s; whole bench ${r.totalSeconds.toFixed(0)} s`);

  const isDefault = schools === DEFAULT.schools && pupils === DEFAULT.pupils;
  const file = isDefault ? path.join(root, "bench-results/tenants.json") : path.join(root, `.data/bench-results/tenants-${schools}x${pupils}.json`);
  const result = {
    schools, pupilsPerSchool: pupils,
    ratio: Object.fromEntries(figures.map(([label, a, b]) => [label.replace(/ \(ms\)$/, ""), ratio(a, b)])),
    alone, among,
    setup: {
      today: TODAY, appNow: APP_NOW, benchSchool: { name: r.school.name, pupils: r.school.pupils, groups: r.school.groups, historyRegistrations: r.school.historyRegistrations },
      otherSchools: { count: schools - 1, registrations: r.others.registrations, writeSeconds: r.others.writeSeconds },
      settings: { registers, leaderRequests, warmupRegisters: WARMUP_REGISTERS, warmupLeader: WARMUP_LEADER },
      machine: { cores: os.cpus().length, loadAverageAtStart: round1(r.load) }, buildId: r.buildId, code: codeVersion(root),
      measuredAt: new Date().toISOString().slice(0, 10), totalSeconds: round1(r.totalSeconds),
    },
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, `${JSON.stringify(result, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  out(`wrote ${path.relative(root, file)}`);
}

main().catch(async (error: unknown) => {
  process.stderr.write(`[bench:tenants] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await shutdown().catch(() => {});
  process.exit(1);
});
