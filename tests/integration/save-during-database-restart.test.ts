import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { answerRoute } from "@/auth/answer-route";
import { loadActor, type Actor } from "@/auth/load-actor";
import { createPrismaClient, disconnectApp, prisma } from "@/db/client";
import { applyMigrations } from "@/db/migrate";
import { appPool } from "@/db/pool";
import type { PrismaClient } from "@/db/generated/prisma/client";
import { ZRecordMarksSchema, type TMark, type TRecordMarks } from "@/registration/schemas";
import { getLessonRegister } from "@/registration/server/get-lesson-register";
import { recordMarks } from "@/registration/server/record-marks";

import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";
import { startRestartablePostgres, type RestartablePostgres } from "../helpers/restartable-postgres";

// Issue 15, short form (the long form over HTTP is `npm run bench:faults`): teachers save marks while
// PostgreSQL is stopped and started again under the running app. Every save answered 2xx is in the database
// exactly as sent; every other one is answered 503 DATABASE_UNAVAILABLE at once (no hang), and sent again the
// way the register page's queue does it (same idempotency keys) it lands; the app's pool recovers without a
// restart; no mark is written twice. Decision 163.

const TZ = "Europe/Amsterdam";
const DATE = "2026-11-23"; // a Monday; the lesson is 08:30–09:20
const NOW = new Date("2026-11-23T08:40:00Z"); // 09:40 in Amsterdam
const BASE = "http://127.0.0.1:3000";
const TEACHERS = 4;
const PUPILS = 12;
/** A save may take this long at most, also while the database is away (the pool's connect timeout is 10 s). */
const SAVE_BOUND_MS = 12_000;
const OBSERVATIONS = ["PRESENT", "ABSENT", "LATE", "SENT_OUT"] as const;

/** The marks route as app/api/lessons/[lessonId]/marks/route.ts defines it, without the signals (no queue here). */
const marksRoute = {
  permission: "register:mark" as const,
  schema: ZRecordMarksSchema,
  run: async ({ actor, input }: { actor: Actor; input: TRecordMarks }) => {
    const policy = { now: NOW, timeZone: TZ, correctionDays: 0 };
    const outcome = await recordMarks({ actor, input, ...policy });
    const register = input.withRegister ? await getLessonRegister({ actor, lessonId: input.lessonId, policy }) : undefined;
    return { results: outcome.results, register };
  },
};

type Sent = { teacher: number; mark: TMark; status: number; body: { results?: { idempotencyKey: string; outcome: string }[]; error?: { code: string; message: string } }; ms: number };

let postgres: RestartablePostgres;
let owner: PrismaClient;
const schools: SchoolWithLesson[] = [];

beforeAll(async () => {
  postgres = await startRestartablePostgres();
  await applyMigrations({ connectionString: postgres.url });
  // Over the Unix socket, as `npm start` connects the app: a stopped server's socket is gone (ENOENT), not refused.
  process.env.DATABASE_URL = postgres.socketUrl;
  process.env.AUTH_SECRET ??= "a".repeat(32);
  owner = createPrismaClient(postgres.url, { poolSize: 1 });
  for (let i = 0; i < TEACHERS; i++) schools.push(await createSchoolWithLesson(owner, { date: DATE, pupils: PUPILS, name: `School ${i + 1}` }));
}, 120_000);

afterAll(async () => {
  await disconnectApp();
  await owner?.$disconnect();
  await postgres?.remove();
});

/** One save as the page sends it, through the route's wrapper; the actor is loaded per request, as the session's is. */
async function save(teacher: number, mark: TMark): Promise<Sent> {
  const school = schools[teacher]!;
  const request = new Request(`${BASE}/api/lessons/${school.lessonId}/marks`, {
    method: "POST",
    headers: { host: "127.0.0.1:3000", origin: BASE, "content-type": "application/json" },
    body: JSON.stringify({ marks: [mark], withRegister: true }),
  });
  const started = Date.now();
  const response = await answerRoute(marksRoute, request, { lessonId: school.lessonId }, {
    publicOrigin: null,
    actor: () => loadActor({ userId: school.users.teacher.id, schoolId: school.schoolId }),
  });
  return { teacher, mark, status: response.status, body: (await response.json()) as Sent["body"], ms: Date.now() - started };
}

let clock = NOW.getTime() - 60 * 60_000;
function nextMark(teacher: number, n: number): TMark {
  const school = schools[teacher]!;
  // Strictly later each time, so that per pupil the last mark sent is the one that must stand.
  clock += 1;
  return { pupilId: school.pupilIds[n % PUPILS]!, observation: OBSERVATIONS[n % OBSERVATIONS.length]!, lateMinutes: n % 4 === 2 ? 5 : undefined, idempotencyKey: randomUUID(), markedAt: new Date(clock).toISOString() };
}

describe("saving marks while PostgreSQL restarts", () => {
  it("keeps every confirmed save, answers the others 503 at once, lands them on retry and recovers without a restart", async () => {
    const poolBefore = appPool();
    const sent: Sent[] = [];
    let phase: "before" | "down" | "after" = "before";
    const afterCount = new Array<number>(TEACHERS).fill(0);

    // Each teacher saves one mark after the other, as a register page does, until each has had saves answered after the restart.
    const teachers = Array.from({ length: TEACHERS }, async (_, teacher) => {
      for (let n = 0; afterCount[teacher]! < 5; n++) {
        const result = await save(teacher, nextMark(teacher, n));
        sent.push(result);
        if (phase === "after" && result.status === 200) afterCount[teacher]! += 1;
        if (phase === "down") await new Promise((resolve) => setTimeout(resolve, 20)); // the page waits before it retries, too
      }
    });
    const untilSaves = async (count: number) => {
      const deadline = Date.now() + 30_000;
      while (sent.filter((s) => s.status === 200).length < count) {
        if (Date.now() > deadline) throw new Error(`fewer than ${count} saves confirmed within 30 s`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    };
    await untilSaves(40);
    phase = "down";
    await postgres.stop();
    const stoppedAt = sent.length;
    // Saves keep coming while it is down; wait until every teacher has had at least one refused.
    const deadline = Date.now() + 20_000;
    while (new Set(sent.slice(stoppedAt).filter((s) => s.status !== 200).map((s) => s.teacher)).size < TEACHERS) {
      if (Date.now() > deadline) throw new Error("not every teacher saw the outage");
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await postgres.start();
    const restartedAt = Date.now();
    phase = "after";
    await Promise.all(teachers);
    const firstAfter = sent.find((s, i) => i > stoppedAt && s.status === 200);
    expect(firstAfter).toBeDefined();

    // The answers: 200 with every mark handled, or 503 DATABASE_UNAVAILABLE; never a hang.
    const failed = sent.filter((s) => s.status !== 200);
    expect(failed.length).toBeGreaterThanOrEqual(TEACHERS);
    for (const s of failed) expect({ status: s.status, code: s.body.error?.code }).toEqual({ status: 503, code: "DATABASE_UNAVAILABLE" });
    expect(failed[0]!.body.error!.message).toBe("De database is even niet bereikbaar. Probeer het zo opnieuw.");
    expect(Math.max(...sent.map((s) => s.ms))).toBeLessThan(SAVE_BOUND_MS);
    for (const s of sent.filter((x) => x.status === 200)) expect(s.body.results).toEqual([{ idempotencyKey: s.mark.idempotencyKey, pupilId: s.mark.pupilId, outcome: "applied" }]);

    // The same pool serves after the restart: it dropped its dead connections and opened new ones.
    expect(appPool()).toBe(poolBefore);
    expect(Date.now() - restartedAt).toBeLessThan(30_000);

    // Every confirmed save is in the database exactly as sent, once.
    const keys = sent.map((s) => s.mark.idempotencyKey);
    const changes = await prisma.registrationChange.findMany({
      where: { idempotencyKey: { in: keys } },
      select: { idempotencyKey: true, toObserved: true, toLateMinutes: true, changedById: true, registration: { select: { pupilId: true, lessonId: true } } },
    });
    const byKey = new Map<string, typeof changes>();
    for (const change of changes) byKey.set(change.idempotencyKey!, [...(byKey.get(change.idempotencyKey!) ?? []), change]);
    expect([...byKey.values()].filter((list) => list.length > 1)).toEqual([]);
    for (const s of sent.filter((x) => x.status === 200)) {
      const [change] = byKey.get(s.mark.idempotencyKey) ?? [];
      const school = schools[s.teacher]!;
      expect(change, `confirmed save ${s.mark.idempotencyKey}`).toBeDefined();
      expect({ observed: change!.toObserved, late: change!.toLateMinutes, by: change!.changedById, pupil: change!.registration.pupilId, lesson: change!.registration.lessonId })
        .toEqual({ observed: s.mark.observation, late: s.mark.lateMinutes ?? 0, by: school.users.teacher.id, pupil: s.mark.pupilId, lesson: school.lessonId });
    }

    // The page's queue sends the refused saves again, with their keys: each lands once, replays change nothing.
    for (const s of failed) {
      const again = await save(s.teacher, s.mark);
      expect(again.status).toBe(200);
      // "replayed": it had landed before its answer was lost; "stale": a later mark of the same pupil stands.
      expect(["applied", "replayed", "stale"]).toContain(again.body.results?.[0]?.outcome);
    }
    const all = await prisma.registrationChange.groupBy({ by: ["idempotencyKey"], where: { idempotencyKey: { in: keys } }, _count: true });
    expect(all.filter((g) => g._count > 1)).toEqual([]);
    // Now every mark sent has landed, so each pupil's registration is the last mark sent for them.
    for (const [teacher, school] of schools.entries()) {
      const last = new Map<string, TMark>();
      for (const s of sent.filter((x) => x.teacher === teacher)) last.set(s.mark.pupilId, s.mark);
      const rows = await prisma.registration.findMany({ where: { schoolId: school.schoolId, lessonId: school.lessonId }, select: { pupilId: true, observed: true } });
      expect(Object.fromEntries(rows.map((r) => [r.pupilId, r.observed]))).toEqual(Object.fromEntries([...last].map(([pupil, mark]) => [pupil, mark.observation])));
    }
  }, 90_000);
});
