import pg from "pg";

import { createRng } from "@/demo/random";

/*
 * The change-to-signal half of `npm run bench:signals`: change one mark of a
 * random pupil (of any school), queue the pupil from this process the way the
 * web process does, and time until the pupil's stored signals show a newer
 * evaluation, made by the worker in its own process. Loaded by the benchmark's
 * child process, which runs under the "react-server" condition and has the
 * app role's DATABASE_URL, as the web server has.
 */

export interface TLatency {
  samples: number[];
  p50: number;
  p95: number;
  max: number;
}
export interface TLatencies {
  /** Sent as the register sends them: `queuePupilEvaluation`, gathered for 200 ms, then one job per school. */
  register: TLatency;
  /** Sent at once, one job per change: `enqueuePupilEvaluation`, as reports, leave decisions and corrections do. */
  direct: TLatency;
}

const REGISTER_CHANGES = 50;
const DIRECT_CHANGES = 30;
const GIVE_UP_MS = 30_000;

/** A registration behind a stored signal: changing it must change that signal. */
interface TCandidate {
  schoolId: string;
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

/** `ownerUrl`: the database owner's connection, which sees every school (the bench's changes and its reads). */
export async function measureChangeToSignal({ ownerUrl, seed }: { ownerUrl: string; seed: number }): Promise<TLatencies> {
  const { enqueuePupilEvaluation, queuePupilEvaluation, stopSignalBoss } = await import("@/signals/server/signal-queue");
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const candidates = await pickCandidates(db, seed, REGISTER_CHANGES + DIRECT_CHANGES);
    if (candidates.length < REGISTER_CHANGES + DIRECT_CHANGES) throw new Error(`only ${candidates.length} pupils with a signal to change`);
    const register: number[] = [];
    const direct: number[] = [];
    for (const [index, candidate] of candidates.entries()) {
      const viaRegister = index < REGISTER_CHANGES;
      const { schoolId, pupilId } = candidate;
      const before = await lastEvaluation(db, schoolId, pupilId);
      const startedAt = performance.now();
      // What a teacher's correction does: the registration changes, then (after the commit) the pupil is queued.
      await db.query(
        `UPDATE "Registration" SET "status" = $3::"AttendanceStatus", "reason" = NULL, "lateMinutes" = 0, "version" = "version" + 1, "updatedAt" = now()
         WHERE "schoolId" = $1 AND "id" = $2`,
        [schoolId, candidate.registrationId, candidate.status === "PRESENT" ? "ABSENT_UNEXCUSED" : "PRESENT"],
      );
      if (viaRegister) await queuePupilEvaluation({ schoolId, pupilIds: [pupilId] });
      else await enqueuePupilEvaluation({ schoolId, pupilIds: [pupilId] });
      await waitForEvaluation(db, schoolId, pupilId, before);
      (viaRegister ? register : direct).push(Math.round(performance.now() - startedAt));
    }
    return { register: summarize(register), direct: summarize(direct) };
  } finally {
    await stopSignalBoss();
    await db.end();
  }
}

/**
 * Random pupils with stored signals, and for each a lesson from a signal's evidence (absent, sick or late),
 * found back as its registration. Asked per school, as every query of the app is (the keys lead with
 * `schoolId`), after fresh statistics: the signals were all written after the last ANALYZE.
 */
async function pickCandidates(db: pg.Client, seed: number, count: number): Promise<TCandidate[]> {
  await db.query('ANALYZE "Signal"');
  const schools = await db.query<{ id: string }>(`SELECT "id"::text FROM "School" ORDER BY "id"`);
  const candidates: TCandidate[] = [];
  for (const { id } of schools.rows) {
    const { rows } = await db.query<TCandidate>(
      `SELECT DISTINCT ON (s."pupilId") s."schoolId", r."id" AS "registrationId", s."pupilId", r."status"::text AS "status"
       FROM "Signal" s
       CROSS JOIN LATERAL jsonb_array_elements(s."evidence"->'lessons') AS e(lesson)
       JOIN "Registration" r ON r."schoolId" = s."schoolId" AND r."pupilId" = s."pupilId" AND r."date" = (e.lesson->>'date')::date
       JOIN "Lesson" l ON l."schoolId" = r."schoolId" AND l."id" = r."lessonId" AND l."period" = (e.lesson->>'period')::int
       WHERE s."schoolId" = $1 AND s."withdrawnAt" IS NULL
       ORDER BY s."pupilId", s."reachedOn" DESC`,
      [id],
    );
    candidates.push(...rows);
  }
  return createRng(seed).shuffle(candidates).slice(0, count);
}

/** The pupil's latest evaluation as stored (every evaluation moves it: store-signals.ts), as text to compare exactly. */
async function lastEvaluation(db: pg.Client, schoolId: string, pupilId: string): Promise<string> {
  const { rows } = await db.query<{ at: string }>(`SELECT max("evaluatedAt")::text AS "at" FROM "Signal" WHERE "schoolId" = $1 AND "pupilId" = $2`, [schoolId, pupilId]);
  return rows[0]!.at;
}

/**
 * Polls every 5 ms until the pupil's signals carry a later evaluation than before the change. Compared with
 * the stored value, not with a clock: the worker's clock (APP_NOW, running on from its own start) is not this
 * process's.
 */
async function waitForEvaluation(db: pg.Client, schoolId: string, pupilId: string, before: string): Promise<void> {
  const t0 = performance.now();
  for (;;) {
    const { rows } = await db.query<{ done: boolean }>(
      `SELECT coalesce(max("evaluatedAt") > $3::timestamp, false) AS "done" FROM "Signal" WHERE "schoolId" = $1 AND "pupilId" = $2`,
      [schoolId, pupilId, before],
    );
    if (rows[0]!.done) return;
    if (performance.now() - t0 > GIVE_UP_MS) throw new Error(`pupil ${pupilId}: no evaluation within ${GIVE_UP_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
