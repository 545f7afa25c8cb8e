import "server-only";
import { appNow } from "@/calendar/app-clock";
import type PgBoss from "pg-boss";

import { schoolToday } from "@/calendar/school-time";
import { allSchoolIds } from "@/db/all-school-ids";
import { prisma } from "@/db/client";
import { Prisma } from "@/db/generated/prisma/client";
import { withTenant } from "@/db/tenant-context";

import { runRetentionPass } from "@/retention/server/run-retention-pass";
import { schoolYearStart } from "../school-year-start";

import { evaluatePupils } from "./evaluate-pupils";
import { evaluateSchool } from "./evaluate-school";
import {
  SIGNAL_QUEUES,
  signalBoss,
  signalQueueState,
  stopSignalBoss,
  ZPupilEvaluationJobSchema,
  ZSchoolEvaluationJobSchema,
  type TPupilEvaluationJob,
  type TSchoolEvaluationJob,
} from "./signal-queue";
import { log } from "@/observability/log";

/** The nightly pass: every pupil of every school, when dates move (a window ends, a due date passes). */
export const NIGHTLY_CRON = "0 2 * * *";
export const NIGHTLY_TIME_ZONE = "Europe/Amsterdam";
/**
 * Well inside "within 10 seconds of the change"; pg-boss 10 allows 0.5 s at
 * least. Sends do not wake the worker: what is queued between two polls (a
 * register's four saves, or many teachers' registers) is evaluated once per pupil.
 */
const POLL_SECONDS = 1;
/** Jobs taken at once (about 50 teachers' saves in a second), merged per school. */
const PUPIL_JOBS_PER_FETCH = 1000;

export type TSignalWorkerOptions = {
  /** Default: the app's DATABASE_URL. */
  connectionString?: string;
  /** The app's clock: decides the evaluation date. Default: appNow(). */
  clock?: () => Date;
  /** Schedule the nightly pass, and run it now for schools it missed (the server was down at 02:00, a fresh database). Default true. */
  nightly?: boolean;
};

function appClock(): () => Date {
  return appNow;
}

/**
 * Starts the signals worker in this process, once: it works the pupils queue
 * (polling every second), the school
 * queue one school at a time, and schedules the nightly pass at 02:00
 * Amsterdam time (at once for schools it missed). Started by
 * `npm run worker` (scripts/worker.ts), or by `instrumentation.ts` in a web
 * server that runs the worker itself (src/signals/worker-placement.ts).
 */
export function startSignalWorker(options: TSignalWorkerOptions = {}): Promise<void> {
  const state = signalQueueState();
  state.worker ??= start(options).catch((error: unknown) => {
    state.worker = undefined;
    throw error;
  });
  return state.worker;
}

async function start(options: TSignalWorkerOptions): Promise<void> {
  const state = signalQueueState();
  const clock = options.clock ?? appClock();
  const boss = await signalBoss({ connectionString: options.connectionString, forWorker: true });
  state.pupilWorkerId = await boss.work<TPupilEvaluationJob>(
    SIGNAL_QUEUES.pupils,
    { batchSize: PUPIL_JOBS_PER_FETCH, pollingIntervalSeconds: POLL_SECONDS },
    (jobs) => evaluateQueuedPupils(boss, jobs, clock),
  );
  state.schoolWorkerId = await boss.work<TSchoolEvaluationJob>(SIGNAL_QUEUES.school, { batchSize: 1, pollingIntervalSeconds: 5 }, async ([job]) => {
    const { schoolId } = ZSchoolEvaluationJobSchema.parse(job!.data);
    await withTenant({ schoolId }, () => evaluateSchool({ schoolId, now: clock() }));
  });
  await boss.work(SIGNAL_QUEUES.nightly, { pollingIntervalSeconds: 30 }, async () => {
    // The whole platform, by design: every school gets its own job, so one failing school is retried alone.
    await queueSchools(boss, await allSchoolIds());
    // The same quiet hour removes what has passed its retention period (decision 114).
    await runRetentionPass({ now: clock() });
  });
  if (options.nightly ?? true) {
    await boss.schedule(SIGNAL_QUEUES.nightly, NIGHTLY_CRON, {}, { tz: NIGHTLY_TIME_ZONE });
    await queueSchools(boss, await schoolsMissingTheNightlyPass(clock()));
  }
}

async function queueSchools(boss: PgBoss, schoolIds: readonly string[]): Promise<void> {
  for (const schoolId of schoolIds) await boss.send(SIGNAL_QUEUES.school, { schoolId }, { singletonKey: schoolId });
  const { schoolWorkerId } = signalQueueState();
  if (schoolIds.length > 0 && schoolWorkerId) boss.notifyWorker(schoolWorkerId);
}

/**
 * Schools with a signal of this school year that was not re-evaluated in the
 * last 24 hours, or without any signal yet: the nightly pass did not reach
 * them. The whole platform, by design (start-up of the worker), asked one
 * school at a time: row-level security shows a query one school's signals.
 */
async function schoolsMissingTheNightlyPass(now: Date): Promise<string[]> {
  const yearStart = schoolYearStart(schoolToday(NIGHTLY_TIME_ZONE, now));
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60_000);
  const missing: string[] = [];
  for (const schoolId of await allSchoolIds()) {
    const [row] = await withTenant({ schoolId }, () => prisma.$queryRaw<{ missed: boolean }[]>(Prisma.sql`
      SELECT NOT EXISTS (SELECT 1 FROM "Signal" g WHERE g."schoolId" = ${schoolId}::uuid)
        OR EXISTS (SELECT 1 FROM "Signal" g WHERE g."schoolId" = ${schoolId}::uuid AND g."withdrawnAt" IS NULL
                   AND g."reachedOn" >= ${yearStart}::date AND g."evaluatedAt" < ${dayAgo}) AS "missed"`));
    if (row?.missed) missing.push(schoolId);
  }
  return missing;
}

/**
 * Stops the worker and this process's pg-boss: it takes no new jobs, gives the jobs in hand up to
 * `timeoutMs` (default 10 s) to finish, then fails what still runs (pg-boss retries it later).
 */
export async function stopSignalWorker(options: { timeoutMs?: number } = {}): Promise<void> {
  // A worker still starting finishes its start first, so that nothing starts working after the stop.
  await signalQueueState().worker?.catch(() => {});
  await stopSignalBoss(options);
}

/**
 * One fetch of the pupils queue: the pupils of all jobs, merged per school, so
 * that thirty saves in a row are one evaluation. A school that fails fails
 * only its own jobs (pg-boss retries them); the others complete.
 */
async function evaluateQueuedPupils(boss: PgBoss, jobs: PgBoss.Job<TPupilEvaluationJob>[], clock: () => Date): Promise<void> {
  const schools = new Map<string, { pupilIds: Set<string>; jobIds: string[] }>();
  for (const job of jobs) {
    const parsed = ZPupilEvaluationJobSchema.safeParse(job.data);
    if (!parsed.success) {
      await boss.fail(SIGNAL_QUEUES.pupils, job.id, { message: "ongeldige opdracht" });
      continue;
    }
    const school = schools.get(parsed.data.schoolId) ?? { pupilIds: new Set<string>(), jobIds: [] };
    parsed.data.pupilIds.forEach((id) => school.pupilIds.add(id));
    school.jobIds.push(job.id);
    schools.set(parsed.data.schoolId, school);
  }
  for (const [schoolId, { pupilIds, jobIds }] of schools) {
    try {
      await withTenant({ schoolId }, () => evaluatePupils({ schoolId, pupilIds: [...pupilIds], now: clock() }));
    } catch (error) {
      log.error("Signalen van een school niet herbeoordeeld (opnieuw geprobeerd)", { schoolId, error });
      const message = error instanceof Error ? error.message : String(error);
      for (const id of jobIds) await boss.fail(SIGNAL_QUEUES.pupils, id, { message });
    }
  }
}
