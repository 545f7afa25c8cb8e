import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { DemoSchoolData } from "@/demo/types";
import { evaluateSchool } from "@/signals/server/evaluate-school";
import { installSignalQueue, SIGNAL_QUEUES } from "@/signals/server/install-signal-queue";
import { queuePupilEvaluation } from "@/signals/server/signal-queue";

import { createGeneratedSchool } from "../factories/create-generated-school";
import { useFreshAppDatabase } from "../helpers/app-database";
import { appRoleUrl } from "../helpers/app-role";
import type { TestDatabase } from "../helpers/database";

// `npm run worker` (scripts/worker.ts) in processes of their own, as `npm start` runs it (decision 160):
// a change queued the way the register queues it becomes a signal, with two workers on the queue at once,
// and SIGTERM stops each one cleanly.
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

function startWorker(): Worker {
  // SIGTERM goes to npm alone, as a process manager sends it; npm passes it on (package.json: `exec node --import tsx …`).
  const child = spawn("npm", ["run", "--silent", "worker"], {
    cwd: root, detached: true,
    // As `npm start` starts it: production, the app role only.
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", DATABASE_URL: appUrl, APP_DATABASE_URL: appUrl, APP_NOW },
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
