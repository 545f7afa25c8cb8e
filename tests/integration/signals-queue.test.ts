import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { DemoSchoolData } from "@/demo/types";
import { evaluateSchool } from "@/signals/server/evaluate-school";
import { enqueuePupilEvaluation, enqueueSchoolEvaluation, queuePupilEvaluation, SIGNAL_QUEUES, signalBoss } from "@/signals/server/signal-queue";
import { NIGHTLY_CRON, startSignalWorker, stopSignalWorker } from "@/signals/server/signal-worker";

import { createGeneratedSchool } from "../factories/create-generated-school";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";

// The generated school's "today" is 2026-11-23: the worker's clock runs on from noon that day.
const started = Date.now();
const clock = () => new Date(Date.parse("2026-11-23T11:00:00.000Z") + (Date.now() - started));

let db: TestDatabase;
let school: DemoSchoolData;
/** Never evaluated: the worker runs its missed nightly pass when it starts. */
let fresh: DemoSchoolData;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  school = await createGeneratedSchool(db.url);
  fresh = await createGeneratedSchool(db.url, { pupils: 30 });
  // Statistics, as the demo seed and autovacuum leave them: without them the planner guesses one row per table.
  await db.prisma.$executeRawUnsafe("ANALYZE");
}, 120_000);
afterAll(async () => {
  await stopSignalWorker();
  await db?.drop();
});

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<{ value: T; ms: number }> {
  const t0 = Date.now();
  for (;;) {
    const value = await read();
    if (done(value)) return { value, ms: Date.now() - t0 };
    if (Date.now() - t0 > timeoutMs) throw new Error(`not done within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const queuedJobs = async (): Promise<number> => {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND state = 'created'", [SIGNAL_QUEUES.pupils]);
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
};

describe("the signals queue", () => {
  it("queues a change once, however often it is saved before the worker takes it", async () => {
    const pupilIds = school.pupils.slice(0, 30).map((p) => p.id);
    await enqueuePupilEvaluation({ schoolId: school.school.id, pupilIds });
    await enqueuePupilEvaluation({ schoolId: school.school.id, pupilIds: [...pupilIds].reverse() });
    await enqueuePupilEvaluation({ schoolId: school.school.id, pupilIds: [pupilIds[0]!] });
    expect(await queuedJobs()).toBe(2);
  });

  it("gathers the saves of one moment (a register's four) into one job per school", async () => {
    const before = await queuedJobs();
    const [a, b, c] = school.pupils.slice(40, 43).map((p) => p.id) as [string, string, string];
    const { id: schoolId } = school.school;
    await Promise.all([
      queuePupilEvaluation({ schoolId, pupilIds: [a, b] }),
      queuePupilEvaluation({ schoolId, pupilIds: [b] }),
      queuePupilEvaluation({ schoolId, pupilIds: [c] }),
    ]);
    expect(await queuedJobs()).toBe(before + 1);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ data: { pupilIds: string[] } }>(
        "SELECT data FROM pgboss.job WHERE name = $1 AND state = 'created' ORDER BY created_on DESC LIMIT 1", [SIGNAL_QUEUES.pupils]);
      expect(rows[0]!.data.pupilIds).toEqual([a, b, c].sort());
    } finally {
      await client.end();
    }
  });

  it("updates the stored signal within 10 seconds of a changed mark", async () => {
    const { id: schoolId } = school.school;
    const pupilId = school.story.stoppedPupilId;
    await evaluateSchool({ schoolId, now: clock() });
    await startSignalWorker({ clock });
    const lrv = await db.prisma.signal.findFirstOrThrow({ where: { schoolId, pupilId, kind: "LONG_TERM_RELATIVE" }, select: { id: true, endDate: true } });
    expect(lrv.endDate).toBeNull();

    // The teacher corrects the pupil's marks of the last school day: present after all, so the LRV closes.
    const last = await db.prisma.registration.findFirstOrThrow({
      where: { schoolId, pupilId, status: "ABSENT_UNEXCUSED" }, orderBy: { date: "desc" }, select: { date: true },
    });
    await db.prisma.registration.updateMany({ where: { schoolId, pupilId, date: last.date }, data: { status: "PRESENT" } });
    await enqueuePupilEvaluation({ schoolId, pupilIds: [pupilId] });

    const { value, ms } = await waitFor(
      () => db.prisma.signal.findUniqueOrThrow({ where: { schoolId_id: { schoolId, id: lrv.id } }, select: { endDate: true } }),
      (signal) => signal.endDate !== null,
      10_000,
    );
    expect(value.endDate!.getTime()).toBeLessThan(last.date.getTime());
    expect(ms).toBeLessThan(10_000);
    // The jobs queued before the worker started were done as well (the pupil may have been in one of
    // them, so the change queued above can still wait for the worker's next poll, within a second).
    await waitFor(queuedJobs, (n) => n === 0, 5_000);
  }, 30_000);

  it("re-evaluates a whole school from the school queue, and schedules the nightly pass", async () => {
    await waitFor(() => db.prisma.signal.count({ where: { schoolId: fresh.school.id } }), (n) => n > 0, 15_000);

    const { id: schoolId } = school.school;
    const sickPupil = school.story.longSickPupilId;
    await db.prisma.signal.deleteMany({ where: { schoolId, pupilId: sickPupil } });
    await enqueueSchoolEvaluation({ schoolId });
    await waitFor(() => db.prisma.signal.count({ where: { schoolId, pupilId: sickPupil } }), (n) => n > 0, 15_000);

    const schedules = await (await signalBoss()).getSchedules();
    expect(schedules).toEqual([expect.objectContaining({ name: SIGNAL_QUEUES.nightly, cron: NIGHTLY_CRON, options: expect.objectContaining({ tz: "Europe/Amsterdam" }) })]);
  }, 30_000);
});
