import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { DemoSchoolData } from "@/demo/types";
import { evaluatePupils } from "@/signals/server/evaluate-pupils";
import { evaluateSchool } from "@/signals/server/evaluate-school";
import { installSignalQueue, SIGNAL_QUEUES } from "@/signals/server/install-signal-queue";
import { queuePupilEvaluation } from "@/signals/server/signal-queue";

import { createGeneratedSchool } from "../factories/create-generated-school";
import { useFreshAppDatabase } from "../helpers/app-database";
import { appRoleUrl } from "../helpers/app-role";
import type { TestDatabase } from "../helpers/database";

// `npm run worker` (scripts/worker.ts) in processes of their own, as `npm start` runs it (decision 160):
// a change queued the way the register queues it becomes a signal, with two workers on the queue at once,
// and SIGTERM stops each one cleanly; a worker killed in the middle of a job leaves it to another (decision 165).
const root = path.resolve(import.meta.dirname, "../..");
// The generated school's "today" is 2026-11-23; the workers' clock runs on from noon that day.
const APP_NOW = "2026-11-23T12:00:00+01:00";

type Worker = { child: ChildProcess; stdout: () => string; stderr: () => string; exit: Promise<number | null> };

let db: TestDatabase;
let appUrl: string;
let school: DemoSchoolData;
const workers: Worker[] = [];

beforeAll(async () => {
  db = await useFreshAppDatabase();
  appUrl = await appRoleUrl(db);
  // As `npm start` does: the owner installs the queue; the workers connect as the app role only.
  await installSignalQueue(db.url);
  school = await createGeneratedSchool(db.url);
  await db.prisma.$executeRawUnsafe("ANALYZE");
  // Evaluated once, so the workers find no missed nightly pass and work only what is queued.
  await evaluateSchool({ schoolId: school.school.id, now: new Date(APP_NOW) });
}, 120_000);

afterAll(async () => {
  // After a failure: npm, its shell and the worker, as a group.
  for (const worker of workers) if (worker.child.exitCode === null && worker.child.signalCode === null) process.kill(-worker.child.pid!, "SIGKILL");
  await db?.drop();
});

function startWorker(extraEnv: Record<string, string> = {}): Worker {
  // SIGTERM goes to npm alone, as a process manager sends it; npm passes it on (package.json: `exec node --import tsx …`).
  const child = spawn("npm", ["run", "--silent", "worker"], {
    cwd: root, detached: true,
    // As `npm start` starts it: production, the app role only.
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", DATABASE_URL: appUrl, APP_DATABASE_URL: appUrl, APP_NOW, ...extraEnv },
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const worker = { child, stdout: () => out, stderr: () => err, exit };
  workers.push(worker);
  return worker;
}

async function waitFor<T>(read: () => T | Promise<T>, done: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() - t0 > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms (${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("npm run worker", () => {
  it("evaluates a change queued by the register, beside another worker, and stops on SIGTERM with exit 0", async () => {
    const [first, second] = [startWorker(), startWorker()];
    for (const worker of [first, second]) {
      await waitFor(worker.stdout, (out) => out.includes("Signalenwerker klaar") || worker.child.exitCode !== null, 60_000, `ready line (${worker.stderr()})`);
      expect(worker.stdout()).toContain("Signalenwerker klaar");
    }

    // Both scheduled the nightly pass: pg-boss keeps one schedule per queue, and its cron sends it once.
    const schedules = await db.prisma.$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.schedule`;
    expect(schedules).toEqual([{ name: SIGNAL_QUEUES.nightly }]);

    // The teacher corrects the stopped pupil's marks of the last school day: present after all, so the LRV closes.
    const { id: schoolId } = school.school;
    const pupilId = school.story.stoppedPupilId;
    const lrv = await db.prisma.signal.findFirstOrThrow({ where: { schoolId, pupilId, kind: "LONG_TERM_RELATIVE" }, select: { id: true, endDate: true } });
    expect(lrv.endDate).toBeNull();
    const last = await db.prisma.registration.findFirstOrThrow({
      where: { schoolId, pupilId, status: "ABSENT_UNEXCUSED" }, orderBy: { date: "desc" }, select: { date: true },
    });
    await db.prisma.registration.updateMany({ where: { schoolId, pupilId, date: last.date }, data: { status: "PRESENT" } });
    await queuePupilEvaluation({ schoolId, pupilIds: [pupilId] });

    const signal = await waitFor(
      () => db.prisma.signal.findUniqueOrThrow({ where: { schoolId_id: { schoolId, id: lrv.id } }, select: { endDate: true } }),
      (s) => s.endDate !== null,
      15_000,
      "the signal closed by a worker",
    );
    expect(signal.endDate!.getTime()).toBeLessThan(last.date.getTime());
    // One job, done by one of the two.
    await waitFor(
      () => db.prisma.$queryRaw<{ state: string }[]>`SELECT state::text FROM pgboss.job WHERE name = ${SIGNAL_QUEUES.pupils}`,
      (jobs) => jobs.length === 1 && jobs[0]!.state === "completed",
      5_000,
      "the job completed",
    );

    for (const worker of [first, second]) worker.child.kill("SIGTERM");
    for (const worker of [first, second]) {
      expect(await worker.exit).toBe(0);
      expect(worker.stdout()).toContain("Signalenwerker gestopt");
      expect(worker.stderr()).toBe("");
    }
  }, 90_000);
});

/** A pupil's signals as the rules decide them: everything but ids and the times they were written. */
async function signalsOf(schoolId: string, pupilId: string) {
  const rows = await db.prisma.signal.findMany({
    where: { schoolId, pupilId },
    orderBy: { identity: "asc" },
    select: { identity: true, kind: true, mandatory: true, repeat: true, startDate: true, endDate: true, hours: true, reachedOn: true, dueBy: true, provisional: true, level: true, count: true, evidence: true, withdrawnAt: true },
  });
  return rows.map(({ hours, withdrawnAt, ...row }) => ({ ...row, hours: hours?.toString() ?? null, withdrawn: withdrawnAt !== null }));
}

describe("a worker killed in the middle of a job", () => {
  it("leaves the job to another worker after its expiry, and the pupil's signals end up as a full evaluation says", async () => {
    // A short expiry, so the test need not wait the production 2 minutes: the owner's install sets it on the
    // queue (as `npm start` does from SIGNAL_JOB_EXPIRE_SECONDS), the workers check for expired jobs every second.
    const EXPIRE = "4";
    await installSignalQueue(db.url, { pupilJobExpireSeconds: Number(EXPIRE) });
    const { id: schoolId } = school.school;
    const pupilId = school.story.truantPupilIds[0]!;
    const before = await signalsOf(schoolId, pupilId);

    // The truant turns out to have been present after all: every unexcused absence becomes present.
    await db.prisma.registration.updateMany({ where: { schoolId, pupilId, status: "ABSENT_UNEXCUSED" }, data: { status: "PRESENT" } });

    // Hold the pupil's evaluation lock (evaluate-pupils.ts), so that the worker is caught in the middle of the job.
    const holder = new pg.Client({ connectionString: db.url });
    await holder.connect();
    await holder.query("BEGIN");
    await holder.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [`signals:${schoolId}:${pupilId}`]);
    try {
      const doomed = startWorker({ SIGNAL_JOB_EXPIRE_SECONDS: EXPIRE });
      await waitFor(doomed.stdout, (out) => out.includes("Signalenwerker klaar") || doomed.child.exitCode !== null, 60_000, `ready line (${doomed.stderr()})`);
      await queuePupilEvaluation({ schoolId, pupilIds: [pupilId] });
      await waitFor(
        async () => (await holder.query<{ waiting: number }>("SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).rows[0]!.waiting,
        (waiting) => waiting > 0,
        15_000,
        "the worker waiting inside the evaluation",
      );
      const [active] = await db.prisma.$queryRaw<{ id: string; state: string }[]>`
        SELECT id::text, state::text FROM pgboss.job WHERE name = ${SIGNAL_QUEUES.pupils} AND state = 'active'`;
      expect(active).toBeDefined();

      // Killed outright, as by the OOM killer or a power cut: no graceful stop, the job stays "active".
      process.kill(-doomed.child.pid!, "SIGKILL");
      await doomed.exit;
    } finally {
      await holder.query("ROLLBACK");
      await holder.end();
    }

    const rescuer = startWorker({ SIGNAL_JOB_EXPIRE_SECONDS: EXPIRE });
    const job = await waitFor(
      () => db.prisma.$queryRaw<{ state: string; retry_count: number }[]>`
        SELECT state::text, retry_count FROM pgboss.job WHERE name = ${SIGNAL_QUEUES.pupils} AND data->'pupilIds' ? ${pupilId}`,
      (jobs) => jobs.length === 1 && jobs[0]!.state === "completed",
      30_000,
      "the job run again and completed",
    );
    expect(job[0]!.retry_count).toBeGreaterThanOrEqual(1);

    // What the rescuer stored is what a full evaluation of the pupil gives now, and the change mattered.
    const stored = await signalsOf(schoolId, pupilId);
    expect(stored).not.toEqual(before);
    await evaluatePupils({ schoolId, pupilIds: [pupilId], now: new Date(APP_NOW) });
    expect(await signalsOf(schoolId, pupilId)).toEqual(stored);

    rescuer.child.kill("SIGTERM");
    expect(await rescuer.exit).toBe(0);
    expect(rescuer.stderr()).toBe("");
  }, 120_000);
});
