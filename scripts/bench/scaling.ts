import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ASSUMPTIONS, needsFor, type TMeasuredCpu } from "./scaling-needs";

/*
 * `npm run bench:scaling`: the table of docs/scaling.md from the figures in bench-results/ (register.json,
 * parents.json, signals.json), for one school, a region (100) and the country (650). Run it after a
 * benchmark changed those figures and copy its output into the document. Decision 178.
 * Options: --signals <file> (another bench:signals result, e.g. a smaller run in .data/bench-results/).
 */

const root = path.resolve(import.meta.dirname, "../..");
const { values: args } = parseArgs({ options: { signals: { type: "string", default: path.join(root, "bench-results/signals.json") } } });

type Json = Record<string, unknown>;
const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Json;

/** When a result file was last committed (else: its own date, else "not committed"). */
function dateOf(file: string, json: Json): string {
  const own = (json.setup as Json | undefined)?.measuredAt;
  if (typeof own === "string") return own;
  try {
    return execFileSync("git", ["log", "-1", "--format=%ad", "--date=short", "--", file], { cwd: root, encoding: "utf8" }).trim() || "not committed";
  } catch {
    return "?";
  }
}

function main(): void {
  const registerFile = path.join(root, "bench-results/register.json");
  const parentsFile = path.join(root, "bench-results/parents.json");
  const signalsFile = path.resolve(args.signals!);
  const register = read(registerFile);
  const parents = read(parentsFile);
  const signals = read(signalsFile);

  type RegisterCpu = { app: number; postgres: number };
  // The page as it works (every save answers with the register); else the brief's run at 50 teachers.
  const browserLike = (register.browserLikeRuns as { cpuMsPerRegister: RegisterCpu | null }[] | undefined)?.[0]?.cpuMsPerRegister;
  const at50 = (register.runs as { teachers: number; cpuMsPerRegister: RegisterCpu | null }[]).find((r) => r.teachers === 50)?.cpuMsPerRegister;
  const perRegister = browserLike ?? at50;
  if (!perRegister) throw new Error(`${registerFile}: no cpuMsPerRegister (run npm run bench:register)`);
  // bench:parents measures no CPU split: its burst keeps the whole machine busy, so machine-time per report bounds it from above.
  const burst = (parents.burst as { reportsPerSecond: number }).reportsPerSecond;
  const cores = ((parents.setup as Json).machine as { cores: number }).cores;
  const nightly = signals.nightlyCpuMsPerPupil as { worker: number; postgres: number } | undefined;
  if (!nightly) throw new Error(`${signalsFile}: no nightlyCpuMsPerPupil (run npm run bench:signals, or pass --signals)`);

  const cpu: TMeasuredCpu = {
    register: { appMs: perRegister.app, postgresMs: perRegister.postgres },
    report: { totalMs: Math.round((cores * 1000) / burst * 10) / 10 },
    nightlyPupil: { workerMs: nightly.worker, postgresMs: nightly.postgres },
  };
  const out = (line = "") => process.stdout.write(`${line}\n`);
  out("Measured CPU (ms)");
  out(`  per register:        app ${cpu.register.appMs}, PostgreSQL ${cpu.register.postgresMs}   (bench-results/register.json ${browserLike ? "browserLikeRuns[0]" : "runs[50]"}.cpuMsPerRegister, ${dateOf(registerFile, register)})`);
  out(`  per parent's report: ≤ ${cpu.report.totalMs} app + PostgreSQL   (bench-results/parents.json: ${cores} cores / burst ${burst} reports/s, ${dateOf(parentsFile, parents)})`);
  out(`  per nightly pupil:   worker ${cpu.nightlyPupil.workerMs}, PostgreSQL ${cpu.nightlyPupil.postgresMs}   (${path.relative(root, signalsFile)} nightlyCpuMsPerPupil, ${signals.schools} × ${signals.pupilsPerSchool} pupils, ${dateOf(signalsFile, signals)})`);
  out();
  out(`Assumptions: ${JSON.stringify(ASSUMPTIONS)}`);
  out();
  const rows = [1, 100, 650].map((schools) => needsFor(schools, cpu));
  const header = ["", "1 school", "region (100)", "country (650)"];
  const line = (label: string, values: (number | string)[]) => out(`| ${[label, ...values.map(String)].join(" | ")} |`);
  line(header[0]!, header.slice(1));
  out(`|${" --- |".repeat(header.length)}`);
  line("pupils", rows.map((r) => r.pupils.toLocaleString("en")));
  line("registers/s, busiest minute", rows.map((r) => r.registersPerSecond));
  line("parents' reports/s, busiest minute", rows.map((r) => r.reportsPerSecond));
  line("app cores busy", rows.map((r) => r.appCoresBusy));
  line("PostgreSQL cores busy", rows.map((r) => r.postgresCoresBusy));
  line(`app cores to provision (≤ ${ASSUMPTIONS.targetUtilisation * 100} % busy)`, rows.map((r) => r.appCores));
  line(`PostgreSQL cores to provision (≤ ${ASSUMPTIONS.targetUtilisation * 100} % busy)`, rows.map((r) => r.postgresCores));
  line("nightly pass, CPU minutes", rows.map((r) => r.nightlyCpuMinutes));
  line(`nightly pass in ${ASSUMPTIONS.nightHours} h: worker / PostgreSQL cores`, rows.map((r) => `${r.nightlyWorkerCores} / ${r.nightlyPostgresCores}`));
}

main();
