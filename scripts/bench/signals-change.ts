import PgBoss from "pg-boss";
import pg from "pg";

import { createRng } from "@/demo/random";

/*
 * The change-to-signal half of `npm run bench:signals`: change one mark of a
 * random pupil, queue the pupil, and time until the pupil's stored signals
 * show an evaluation that started after the change. Loaded by the benchmark's
 * child process, which runs under the "react-server" condition.
 */

export interface TLatency {
  samples: number[];
  p50: number;
  p95: number;
  max: number;
}
export interface TLatencies {
  notified: TLatency;
  polled: TLatency;
}

const NOTIFIED_CHANGES = 50;
const POLLED_CHANGES = 30;
const GIVE_UP_MS = 30_000;

/** A registration behind a stored signal: changing it must change that signal. */
interface TCandidate {
  registrationId: string;
  pupilId: string;
  status: string;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function summarize(samples: number[]): TLatency {
  const sorted = [...samples].sort((a, b) => a - b);
  return { samples, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1)! };
}

export async function measureChangeToSignal({ connectionString, schoolId, seed, clock }: {
  connectionString: string; schoolId: string; seed: number; clock: () => Date;
}): Promise<TLatencies> {
  const { enqueuePupilEvaluation, SIGNAL_QUEUES } = await import("@/signals/server/signal-queue");
  const db = new pg.Client({ connectionString });
  await db.connect();
  // Another app instance: it sends jobs but does not work them, so the worker here only finds them by polling.
  const other = new PgBoss({ connectionString, schema: "pgboss", supervise: false, schedule: false, migrate: false, max: 1 });
  other.on("error", (error) => console.error(error));
  await other.start();
  try {
    const candidates = await pickCandidates(db, schoolId, seed, NOTIFIED_CHANGES + POLLED_CHANGES);
    const notified: number[] = [];
    const polled: number[] = [];
    for (const [index, candidate] of candidates.entries()) {
      const viaOther = index >= NOTIFIED_CHANGES;
      const startedAt = performance.now();
      const changedAt = clock();
      // What a teacher's correction does: the registration changes, then (after the commit) the pupil is queued.
      await db.query(
        `UPDATE "Registration" SET "status" = $3::"AttendanceStatus", "reason" = NULL, "lateMinutes" = 0, "version" = "version" + 1, "updatedAt" = now()
         WHERE "schoolId" = $1 AND "id" = $2`,
        [schoolId, candidate.registrationId, candidate.status === "PRESENT" ? "ABSENT_UNEXCUSED" : "PRESENT"],
      );
      if (viaOther) await other.send(SIGNAL_QUEUES.pupils, { schoolId, pupilIds: [candidate.pupilId] }, { singletonKey: `bench-${index}` });
      else await enqueuePupilEvaluation({ schoolId, pupilIds: [candidate.pupilId] });
      await waitForEvaluation(db, schoolId, candidate.pupilId, changedAt);
      (viaOther ? polled : notified).push(Math.round(performance.now() - startedAt));
    }
    return { notified: summarize(notified), polled: summarize(polled) };
  } finally {
    await other.stop({ graceful: false });
    await db.end();
  }
}

/** Random pupils with stored signals, and for each a lesson from a signal's evidence (absent, sick or late), found back as its registration. */
async function pickCandidates(db: pg.Client, schoolId: string, seed: number, count: number): Promise<TCandidate[]> {
  const { rows } = await db.query<TCandidate>(
    `SELECT DISTINCT ON (s."pupilId") r."id" AS "registrationId", s."pupilId", r."status"::text AS "status"
     FROM "Signal" s
     CROSS JOIN LATERAL jsonb_array_elements(s."evidence"->'lessons') AS e(lesson)
     JOIN "Registration" r ON r."schoolId" = s."schoolId" AND r."pupilId" = s."pupilId" AND r."date" = (e.lesson->>'date')::date
     JOIN "Lesson" l ON l."schoolId" = r."schoolId" AND l."id" = r."lessonId" AND l."period" = (e.lesson->>'period')::int
     WHERE s."schoolId" = $1 AND s."withdrawnAt" IS NULL
     ORDER BY s."pupilId", s."reachedOn" DESC`,
    [schoolId],
  );
  return createRng(seed).shuffle(rows).slice(0, count);
}

/** Polls every 5 ms until the pupil's signals carry an evaluation that started after the change. */
async function waitForEvaluation(db: pg.Client, schoolId: string, pupilId: string, changedAt: Date): Promise<void> {
  const t0 = performance.now();
  for (;;) {
    const { rows } = await db.query<{ done: boolean }>(
      `SELECT coalesce(max("evaluatedAt") > $3::timestamp, false) AS "done" FROM "Signal" WHERE "schoolId" = $1 AND "pupilId" = $2`,
      [schoolId, pupilId, changedAt.toISOString().replace("T", " ").replace("Z", "")],
    );
    if (rows[0]!.done) return;
    if (performance.now() - t0 > GIVE_UP_MS) throw new Error(`pupil ${pupilId}: no evaluation within ${GIVE_UP_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
