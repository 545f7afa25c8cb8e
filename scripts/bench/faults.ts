import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";

import { codeVersion } from "./code-version";
import { logIn, pupilIdsOf, timedFetch } from "./register-http";
import { writeBenchSchool } from "./register-school";
import { startApp, type AppServer } from "./register-server";

/*
 * `npm run bench:faults` (issue 15), the long form of tests/integration/save-during-database-restart.test.ts:
 * the production build on its own embedded PostgreSQL (the register benchmark's starter), teachers saving
 * marks one after another over HTTP as the register page does (each mark with its idempotency key; a save
 * that fails stays queued and is sent again, first, after a pause), and PostgreSQL stopped mid-run and
 * started again a few seconds later under the running app. Then it counts, from the database:
 *
 *   confirmedSaves      marks answered 2xx (at once or on a retry)
 *   lostConfirmedSaves  of those, marks not in the history (must be 0)
 *   duplicateMarks      idempotency keys written more than once (must be 0)
 *   recoverySeconds     from PostgreSQL accepting connections again to the first save answered 2xx
 *
 * and writes bench-results/faults.json. Decisions 163–165. A script that prints figures, not a test.
 *
 * Options: --quick (4 teachers, 4 s before and after), --teachers=20, --before=15 --after=15 --down=5
 * (seconds), --app-port=3210 --pg-port=5536.
 */

const root = path.resolve(import.meta.dirname, "../..");
const TODAY = "2026-11-23";
const APP_NOW = "2026-11-23T16:30:00+01:00";
/** The page waits 4 s; the bench 1 s, so that the figures show the server's recovery more than the page's timer. */
const RETRY_MS = 1_000;
const OBSERVATIONS = ["PRESENT", "ABSENT", "LATE", "SENT_OUT"] as const;

const { values: args } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    teachers: { type: "string" },
    before: { type: "string" },
    after: { type: "string" },
    down: { type: "string" },
    "app-port": { type: "string", default: "3210" },
    "pg-port": { type: "string", default: "5536" },
  },
});
const quick = args.quick!;
const settings = {
  teachers: Number(args.teachers ?? (quick ? 4 : 20)),
  beforeMs: Number(args.before ?? (quick ? 4 : 15)) * 1000,
  afterMs: Number(args.after ?? (quick ? 4 : 15)) * 1000,
  downMs: Number(args.down ?? (quick ? 2 : 5)) * 1000,
};
const school = quick ? { pupils: 240, groups: 8, seed: 4243 } : { pupils: 720, groups: 24, seed: 4243 };

const log = (line: string) => process.stdout.write(`[bench:faults] ${line}\n`);

type Mark = { pupilId: string; observation: (typeof OBSERVATIONS)[number]; lateMinutes?: number; idempotencyKey: string; markedAt: string };
type Save = { lessonId: string; mark: Mark; attempts: number; confirmedAt?: number; outcome?: string; refusals: { status: number; code?: string }[]; maxMs: number };

let app: AppServer | undefined;

async function main(): Promise<void> {
  log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(2)} before the start`);
  const pgPort = Number(args["pg-port"]);
  const benchDir = path.join(root, ".data/bench-faults");
  const server = await startApp({ root, benchDir, appPort: Number(args["app-port"]), pgPort, appNow: APP_NOW, cpuProfile: false, log });
  app = server;
  log(`app up after ${server.startSeconds.toFixed(0)} s${server.built ? " (including next build)" : ""} at ${server.baseUrl}`);
  const bench = await writeBenchSchool(server.connectionString, { today: TODAY, ...school });
  const teachers = bench.teachers.filter((t) => t.lessons.length > 0).slice(0, settings.teachers);
  if (teachers.length < settings.teachers) log(`only ${teachers.length} teachers have a lesson to register`);

  // Each teacher, logged in, on one register of today or earlier, with its pupils.
  const desks = [];
  for (const teacher of teachers) {
    const cookie = await logIn(server.baseUrl, teacher.email, bench.password);
    const lessonId = teacher.lessons[0]!.id;
    const register = await timedFetch(`${server.baseUrl}/api/lessons/${lessonId}/register`, { headers: { cookie } });
    if (!register.ok) throw new Error(`register of ${teacher.email}: ${register.error}`);
    desks.push({ cookie, lessonId, pupils: pupilIdsOf(register.text), queue: [] as Save[] });
  }
  log(`${desks.length} teachers logged in, each on a register; saving for ${settings.beforeMs / 1000} s, then PostgreSQL stops for ${settings.downMs / 1000} s`);

  const saves: Save[] = [];
  let stop = false;
  const clockStart = performance.now();
  const markedAt = () => new Date(Date.parse(APP_NOW) - 3_600_000 + (performance.now() - clockStart)).toISOString();
  const teacherLoops = desks.map(async (desk, t) => {
    for (let n = 0; !stop; n++) {
      const pupilId = desk.pupils[(n * 7 + t) % desk.pupils.length]!;
      const observation = OBSERVATIONS[n % OBSERVATIONS.length]!;
      const save: Save = {
        lessonId: desk.lessonId, attempts: 0, refusals: [], maxMs: 0,
        mark: { pupilId, observation, ...(observation === "LATE" ? { lateMinutes: 5 } : {}), idempotencyKey: randomUUID(), markedAt: markedAt() },
      };
      saves.push(save);
      desk.queue.push(save);
      // As the page: the queue is sent in order; a failure leaves it queued and the teacher's page tries again later.
      while (desk.queue.length > 0 && !stop) {
        const next = desk.queue[0]!;
        next.attempts += 1;
        const result = await timedFetch(`${server.baseUrl}/api/lessons/${next.lessonId}/marks`, {
          method: "POST", headers: { cookie: desk.cookie, "content-type": "application/json" },
          body: JSON.stringify({ marks: [next.mark], withRegister: true }),
        });
        next.maxMs = Math.max(next.maxMs, result.ms);
        if (result.ok) {
          next.confirmedAt = performance.now();
          next.outcome = (JSON.parse(result.text) as { results: { outcome: string }[] }).results[0]?.outcome;
          desk.queue.shift();
        } else {
          next.refusals.push({ status: result.status, code: (safeJson(result.text) as { error?: { code?: string } } | undefined)?.error?.code });
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        }
      }
    }
  });

  await new Promise((resolve) => setTimeout(resolve, settings.beforeMs));
  const pgDir = path.join(benchDir, "data/postgres");
  const stoppedAt = performance.now();
  log("stopping PostgreSQL (fast shutdown: open connections are cut)…");
  pgCtl(pgDir, ["stop", "-m", "fast", "-w"]);
  await new Promise((resolve) => setTimeout(resolve, settings.downMs));
  log("starting PostgreSQL again…");
  startPostgresAgain(pgDir);
  const restartedAt = performance.now();
  await new Promise((resolve) => setTimeout(resolve, settings.afterMs));
  // The teachers' queues are sent until empty (a save in flight finishes first).
  const drainDeadline = performance.now() + 60_000;
  while (desks.some((d) => d.queue.length > 0) && performance.now() < drainDeadline) await new Promise((resolve) => setTimeout(resolve, 100));
  stop = true;
  await Promise.all(teacherLoops);

  const result = await count(server.connectionString, saves, { restartedAt });
  await shutdown(pgDir);
  const code = codeVersion(root);
  const output = {
    ...result,
    teachers: desks.length, outageSeconds: round((restartedAt - stoppedAt) / 1000), settings: { ...settings, retryMs: RETRY_MS, quick },
    builtApp: server.built, code, measuredAt: new Date().toISOString(), loadAverageAtEnd: round(os.loadavg()[0]!),
  };
  mkdirSync(path.join(root, "bench-results"), { recursive: true });
  const file = path.join(root, "bench-results/faults.json");
  writeFileSync(`${file}.tmp`, `${JSON.stringify(output, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  log(JSON.stringify(result));
  log(`written to ${path.relative(root, file)}`);
  if (result.lostConfirmedSaves > 0 || result.duplicateMarks > 0 || result.unconfirmedSaves > 0) process.exitCode = 1;
}

async function count(connectionString: string, saves: Save[], { restartedAt }: { restartedAt: number }) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const keys = saves.map((s) => s.mark.idempotencyKey);
    const { rows } = await client.query<{ key: string; n: number; observed: string; late: number | null }>(
      `SELECT "idempotencyKey" AS key, count(*)::int AS n, min("toObserved"::text) AS observed, min("toLateMinutes") AS late
       FROM "RegistrationChange" WHERE "idempotencyKey" = ANY($1::text[]) GROUP BY 1`, [keys]);
    const written = new Map(rows.map((r) => [r.key, r]));
    const confirmed = saves.filter((s) => s.confirmedAt !== undefined);
    // "stale" is a refusal the teacher is told about (a later mark stands); every other confirmed mark must be there as sent.
    const mustBeWritten = confirmed.filter((s) => s.outcome !== "stale");
    const lost = mustBeWritten.filter((s) => {
      const row = written.get(s.mark.idempotencyKey);
      return !row || row.observed !== s.mark.observation || (row.late ?? 0) !== (s.mark.lateMinutes ?? 0);
    });
    const refusals = saves.flatMap((s) => s.refusals);
    const firstAfter = Math.min(...confirmed.map((s) => s.confirmedAt!).filter((at) => at >= restartedAt));
    return {
      confirmedSaves: confirmed.length,
      lostConfirmedSaves: lost.length,
      recoverySeconds: round((firstAfter - restartedAt) / 1000),
      duplicateMarks: rows.filter((r) => r.n > 1).length,
      // Extra fields:
      unconfirmedSaves: saves.length - confirmed.length,
      refusedAnswers: refusals.length,
      refusedAnswersNot503: refusals.filter((r) => r.status !== 503 || r.code !== "DATABASE_UNAVAILABLE").length,
      refusedAnswersByKind: refusals.reduce<Record<string, number>>((kinds, r) => {
        const kind = `${r.status} ${r.code ?? ""}`.trim();
        return { ...kinds, [kind]: (kinds[kind] ?? 0) + 1 };
      }, {}),
      savesDuringOutage: saves.filter((s) => s.refusals.length > 0).length,
      staleOutcomes: confirmed.length - mustBeWritten.length,
      maxRequestMs: Math.round(Math.max(...saves.map((s) => s.maxMs))),
    };
  } finally {
    await client.end();
  }
}

/** pg_ctl of the embedded binaries, as the OS user that owns the data folder (PostgreSQL refuses root). */
function pgCtl(pgDir: string, argv: string[]): void {
  const postgres = readFileSync(path.join(pgDir, "postmaster.opts"), "utf8").split(" ")[0]!.replace(/"/g, "").trim();
  const pgCtlPath = path.join(path.dirname(postgres), "pg_ctl");
  const asOwner = process.getuid?.() === 0 ? { uid: uidOf("postgres"), gid: gidOf("postgres") } : {};
  execFileSync(pgCtlPath, ["-D", pgDir, ...argv], { stdio: "ignore", ...asOwner });
}

/** Starts the server again with the options it ran with (postmaster.opts), detached: start.ts no longer owns it. */
function startPostgresAgain(pgDir: string): void {
  const opts = readFileSync(path.join(pgDir, "postmaster.opts"), "utf8").trim();
  const options = opts.slice(opts.indexOf(" ") + 1);
  pgCtl(pgDir, ["start", "-w", "-l", path.join(pgDir, "restart.log"), "-o", options.replace(/"-D" "[^"]*"\s*/, "")]);
}

function uidOf(user: string): number {
  return Number(execFileSync("id", ["-u", user], { encoding: "utf8" }).trim());
}
function gidOf(user: string): number {
  return Number(execFileSync("id", ["-g", user], { encoding: "utf8" }).trim());
}

async function shutdown(pgDir?: string): Promise<void> {
  const running = app;
  app = undefined;
  if (running) {
    log("stopping the app…");
    await running.stop();
  }
  // The restarted PostgreSQL is not start.ts's child any more: stopped here.
  if (pgDir) {
    try {
      pgCtl(pgDir, ["stop", "-m", "fast", "-w"]);
    } catch {
      // not running
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void shutdown(path.join(root, ".data/bench-faults/data/postgres")).finally(() => process.exit(130));
  });
}

main().catch(async (error: unknown) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await shutdown(path.join(root, ".data/bench-faults/data/postgres"));
  process.exit(1);
});
