import os from "node:os";
import type { CpuUse } from "./register-cpu";
import type { CpuProfileSummary } from "./register-cpu-profile";
import type { ConcurrentRun, Recorder } from "./register-load";
import type { RequestProfile } from "./register-profile";
import type { SqlCeiling } from "./register-sql-ceiling";
import { round1, summarize, type StepSummary } from "./register-stats";

// bench-results/register.json (the shape of issue 4, plus fields a reader
// needs to trust the figures) and the table printed at the end.

export const TARGETS = { singleOpenP95Ms: 50, singleSaveP95Ms: 30, teachers: 50, registersPerSecond: 40 } as const;

export interface RunResult {
  teachers: number;
  registersPerSecond: number;
  openP95Ms: number;
  saveP95Ms: number;
  saveP99Ms: number;
  failed: number;
  /** Extra fields: */
  mode: "brief" | "browser-like";
  seconds: number;
  registers: number;
  requests: number;
  failedDuringWarmup: number;
  poolExhausted: boolean;
  open: StepSummary;
  save: StepSummary;
  saveAllPresent: StepSummary;
  saveOneChange: StepSummary;
  refresh?: StepSummary;
  cpuCores: CpuUse;
  /**
   * CPU per complete register in this run (CPU per request × requests per
   * register): what a register costs, whoever else uses the machine.
   * `registersPerSecondIfAlone`: the throughput that cost allows with nothing
   * else on the machine, not even the load generator (registersPerSecondIfAlone()).
   */
  cpuMsPerRegister: { app: number; postgres: number; bench: number; registersPerSecondIfAlone: number } | null;
  outcomes: Record<string, number>;
  errors: { message: string; count: number }[];
  /** Seconds until the app was idle after the run: work the run queued (signal re-evaluations) and the server had not done yet. */
  backgroundSecondsAfter?: number;
}

export interface SingleUserResult {
  openP50Ms: number;
  openP95Ms: number;
  saveP50Ms: number;
  saveP95Ms: number;
  /** Extra fields: */
  registers: number;
  open: StepSummary;
  save: StepSummary;
  saveAllPresent: StepSummary;
  saveOneChange: StepSummary;
  refresh: StepSummary;
  failed: number;
  errors: { message: string; count: number }[];
}

export function singleUserResult(rec: Recorder): SingleUserResult {
  const open = summarize(rec.samples.open);
  const save = summarize(rec.saves());
  return {
    openP50Ms: open.p50Ms, openP95Ms: open.p95Ms, saveP50Ms: save.p50Ms, saveP95Ms: save.p95Ms,
    registers: rec.registers, open, save,
    saveAllPresent: summarize(rec.samples.saveAll), saveOneChange: summarize(rec.samples.saveOne), refresh: summarize(rec.samples.refresh),
    failed: rec.failed + rec.failedOutsideWindow, errors: errorsOf(rec),
  };
}

export function runResult(run: ConcurrentRun): RunResult {
  const { rec } = run;
  const open = summarize(rec.samples.open);
  const save = summarize(rec.saves());
  return {
    teachers: run.teachers,
    registersPerSecond: round1(run.seconds > 0 ? rec.registers / run.seconds : 0),
    openP95Ms: open.p95Ms, saveP95Ms: save.p95Ms, saveP99Ms: save.p99Ms, failed: rec.failed,
    mode: run.refresh ? "browser-like" : "brief",
    seconds: round1(run.seconds), registers: rec.registers, requests: rec.requests, failedDuringWarmup: rec.failedOutsideWindow,
    poolExhausted: run.exhausted, open, save,
    saveAllPresent: summarize(rec.samples.saveAll), saveOneChange: summarize(rec.samples.saveOne),
    ...(run.refresh ? { refresh: summarize(rec.samples.refresh) } : {}),
    cpuCores: run.cpu,
    cpuMsPerRegister: cpuPerRegister(run),
    outcomes: Object.fromEntries([...rec.outcomes].sort()),
    errors: errorsOf(rec),
  };
}

function cpuPerRegister(run: ConcurrentRun): RunResult["cpuMsPerRegister"] {
  if (run.rec.completed === 0) return null;
  // Per request that ended in the window, times the requests of one register:
  // unlike "per register completed", this stays right when registers take longer than the window.
  const requestsPerRegister = 5;
  const per = (cores: number) => round1(((cores * run.seconds * 1000) / run.rec.completed) * requestsPerRegister);
  const app = per(run.cpu.appCores);
  const postgres = per(run.cpu.postgresCores);
  return { app, postgres, bench: per(run.cpu.benchCores), registersPerSecondIfAlone: registersPerSecondIfAlone(app, postgres) };
}

/**
 * What the machine could do with nothing else on it: all cores shared by the
 * app and PostgreSQL (scripts/serve.mjs runs one Next.js process per core, so
 * the app's JavaScript is not held to one core).
 */
export function registersPerSecondIfAlone(appMs: number, postgresMs: number): number {
  return round1((os.cpus().length * 1000) / (appMs + postgresMs));
}

function errorsOf(rec: Recorder): { message: string; count: number }[] {
  return [...rec.errors].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([message, count]) => ({ message, count }));
}

const ms = (value: number) => `${value.toFixed(1)}`.padStart(7);
const mark = (ok: boolean) => (ok ? "ok  " : "MISS");
/** p50 p95 p99, or dashes when no request of this step finished inside the window. */
const pct = (s: StepSummary) => (s.count === 0 ? `${"–".padStart(7)} ${"–".padStart(7)} ${"–".padStart(7)}` : `${ms(s.p50Ms)} ${ms(s.p95Ms)} ${ms(s.p99Ms)}`);
/** Above this many cores used by other processes during a run, its figures say more about the machine than about the app. */
const BUSY_MACHINE_CORES = 0.25;

export function printReport(out: (line: string) => void, r: {
  header: string[];
  single: SingleUserResult;
  runs: RunResult[];
  browserRuns: RunResult[];
  ceiling: SqlCeiling;
  profile: RequestProfile[];
  cpuProfile?: CpuProfileSummary;
  footer: string[];
}): void {
  const { single } = r;
  out("");
  r.header.forEach((line) => out(line));
  out("");
  out(`ONE TEACHER ALONE (${single.registers} registers, one after the other)       p50 ms  p95 ms  p99 ms   target`);
  out(`  open    GET /docent/les/:id + GET its register           ${pct(single.open)}   p95 < ${TARGETS.singleOpenP95Ms} ${mark(single.openP95Ms < TARGETS.singleOpenP95Ms)}`);
  out(`  save    POST /api/lessons/:id/marks (all 4 saves)      ${pct(single.save)}   p95 < ${TARGETS.singleSaveP95Ms} ${mark(single.saveP95Ms < TARGETS.singleSaveP95Ms)}`);
  out(`            of which 30 × present (1 of 4)               ${pct(single.saveAllPresent)}`);
  out(`            of which 1 change (3 of 4)                   ${pct(single.saveOneChange)}`);
  out(`  (refresh GET /api/lessons/:id/register, as the page    ${pct(single.refresh)}   not in "save")`);
  out(`           does after every save)`);
  out("");
  out("TEACHERS AT ONCE (closed loop, no pauses)           open ms                save ms (all 4)");
  out("teachers  mode          registers/s  requests   p50     p95     p99      p50     p95     p99   failed  CPU cores bench/app/pg/other/idle");
  for (const run of [...r.runs, ...r.browserRuns]) {
    const c = run.cpuCores;
    out(
      `${String(run.teachers).padStart(8)}  ${run.mode.padEnd(12)} ${run.registersPerSecond.toFixed(1).padStart(11)}  ${String(run.requests).padStart(8)} ${pct(run.open)}  ${pct(run.save)}  ${String(run.failed).padStart(6)}  ` +
        `${c.benchCores.toFixed(2)}/${c.appCores.toFixed(2)}/${c.postgresCores.toFixed(2)}/${c.otherCores.toFixed(2)}/${c.idleCores.toFixed(2)}` +
        (run.backgroundSecondsAfter ? `  +${run.backgroundSecondsAfter} s background after` : "") +
        (run.poolExhausted ? "  (ran out of fresh lessons)" : ""),
    );
  }
  for (const run of [...r.runs, ...r.browserRuns]) {
    const c = run.cpuMsPerRegister;
    if (c) out(`  ${String(run.teachers).padStart(3)} ${run.mode.padEnd(12)}: CPU per register app ${c.app} ms + PostgreSQL ${c.postgres} ms (+ bench ${c.bench} ms) → at most ${c.registersPerSecondIfAlone} registers/s on this machine if nothing else ran`);
  }
  const busiest = Math.max(0, ...[...r.runs, ...r.browserRuns].map((run) => run.cpuCores.otherCores));
  if (busiest > BUSY_MACHINE_CORES) {
    out(`  WARNING: other processes on this machine used up to ${busiest.toFixed(2)} of its cores during these runs ("other"): the app got that much less.`);
  }
  const at50 = r.runs.find((run) => run.teachers === TARGETS.teachers);
  if (at50) {
    out(`  target: ${TARGETS.teachers} teachers ≥ ${TARGETS.registersPerSecond} registers/s with no failed request: ${mark(at50.registersPerSecond >= TARGETS.registersPerSecond && at50.failed === 0)}`);
  }
  out("");
  out(`SQL CEILING (the same writes, plain SQL, one pooled connection, one transaction per save): ${r.ceiling.registersPerSecond.toFixed(1)} registers/s`);
  out(`  ${r.ceiling.registers} registers in ${r.ceiling.seconds.toFixed(1)} s; 30 × present p50 ${r.ceiling.saveAll.p50Ms} ms, 1 change p50 ${r.ceiling.saveOne.p50Ms} ms`);
  out("");
  out("WHERE THE TIME GOES (one teacher, pg_stat_statements; DB ms = execution time inside PostgreSQL)");
  out("request                                    client p50 ms  statements  queries   rows  DB ms   CPU ms: app  PostgreSQL");
  for (const p of r.profile) {
    out(
      `${p.request.padEnd(42)} ${ms(p.clientP50Ms).padStart(13)}  ${p.statementsPerRequest.toFixed(1).padStart(10)}  ${p.queriesPerRequest.toFixed(1).padStart(7)}  ${p.rowsPerRequest.toFixed(0).padStart(5)}  ${p.dbMsPerRequest.toFixed(1).padStart(5)}` +
        `   ${p.appCpuMsPerRequest.toFixed(1).padStart(11)}  ${p.postgresCpuMsPerRequest.toFixed(1).padStart(10)}`,
    );
  }
  const [open, saveAll, saveOne] = r.profile;
  if (open && saveAll && saveOne) {
    const app = open.appCpuMsPerRequest + saveAll.appCpuMsPerRequest + 3 * saveOne.appCpuMsPerRequest;
    const postgres = open.postgresCpuMsPerRequest + saveAll.postgresCpuMsPerRequest + 3 * saveOne.postgresCpuMsPerRequest;
    out(`  one register (open + 30 × present + 3 changes) costs app ${app.toFixed(1)} ms + PostgreSQL ${postgres.toFixed(1)} ms of CPU → at most ${registersPerSecondIfAlone(app, postgres)} registers/s on this machine if nothing else ran`);
  }
  for (const p of r.profile.slice(0, 3)) {
    out(`  slowest statements of ${p.request.trim()} (calls/request, mean ms, rows/request):`);
    for (const s of p.top.slice(0, 4)) out(`    ${s.callsPerRequest.toFixed(1).padStart(4)} × ${s.meanMs.toFixed(2).padStart(6)}  ${String(s.rowsPerRequest).padStart(5)} rows  ${s.query.slice(0, 100)}`);
  }
  if (r.cpuProfile) {
    out("");
    out(`WHERE THE SERVER'S CPU GOES (next-server under --cpu-prof, whole run: ${r.cpuProfile.busySeconds} s busy; self time)`);
    for (const o of r.cpuProfile.byOrigin.slice(0, 14)) out(`  ${o.share.toFixed(1).padStart(5)} %  ${o.seconds.toFixed(1).padStart(6)} s  ${o.origin}`);
    out("  with native calls and Node.js internals counted to the code that made them:");
    for (const o of r.cpuProfile.byCallerOrigin.slice(0, 14)) out(`  ${o.share.toFixed(1).padStart(5)} %  ${o.seconds.toFixed(1).padStart(6)} s  ${o.origin}`);
    out("  top functions (self time):");
    for (const f of r.cpuProfile.topFunctions.slice(0, 15)) out(`  ${f.share.toFixed(1).padStart(5)} %  ${f.name.slice(0, 100)}  [${f.origin}]`);
  }
  const errors = [...r.runs, ...r.browserRuns].flatMap((run) => run.errors);
  if (errors.length > 0 || single.errors.length > 0) {
    out("");
    out("FIRST ERRORS");
    for (const e of [...single.errors, ...errors].slice(0, 6)) out(`  ${e.count} × ${e.message}`);
  }
  out("");
  r.footer.forEach((line) => out(line));
}
