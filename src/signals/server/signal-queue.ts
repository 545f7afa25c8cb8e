import "server-only";
import { createHash } from "node:crypto";

import PgBoss from "pg-boss";
import { z } from "zod";

import { isDatabaseUnavailable } from "@/db/database-unavailable";
import { env } from "@/env";

import { createSignalQueues, maintenanceIntervalSeconds, SIGNAL_QUEUES } from "./install-signal-queue";
import { log } from "@/observability/log";

/*
 * The signals job queue: pg-boss 10 in PostgreSQL (its own schema "pgboss" in
 * the app's database). The write paths call `enqueuePupilEvaluation` after
 * their transaction commits; the worker (signal-worker.ts) evaluates the
 * queued pupils in batches. docs/decisions/041-signals-pipeline.md.
 */

export { SIGNAL_QUEUES };

export const ZPupilEvaluationJobSchema = z.object({
  schoolId: z.uuid(),
  pupilIds: z.array(z.uuid()).min(1).max(10_000),
});
export type TPupilEvaluationJob = z.infer<typeof ZPupilEvaluationJobSchema>;
export const ZSchoolEvaluationJobSchema = z.object({ schoolId: z.uuid() });
export type TSchoolEvaluationJob = z.infer<typeof ZSchoolEvaluationJobSchema>;

type TBossState = {
  /** The process's pg-boss: the worker's when it runs here, else one that only sends. */
  boss?: Promise<PgBoss>;
  /** Whether `boss` runs pg-boss's maintenance and cron (the worker's). */
  forWorker?: boolean;
  /** The worker's start-up, once per process. */
  worker?: Promise<void>;
  /** Set while this process works the queues. A school job wakes its worker at once; pupil jobs wait for the next poll (merged). */
  pupilWorkerId?: string;
  schoolWorkerId?: string;
  /** Pupils changed in the last moments, per school, not sent yet (`queuePupilEvaluation`). */
  pending?: Map<string, Set<string>>;
  /** The send of `pending`, when one is planned. */
  flush?: Promise<void>;
};
// One per process, also across Next.js dev reloads and between the bundles of
// instrumentation.ts and the server actions, which share globalThis.
const state = ((globalThis as { __aanwezigSignalQueue?: TBossState }).__aanwezigSignalQueue ??= {});

export function signalQueueState(): TBossState {
  return state;
}

/**
 * This process's pg-boss, started once. The worker's also runs pg-boss's
 * maintenance and cron; one that only sends does neither and keeps at most
 * two connections. A worker started after a send replaces the sending one.
 */
export async function signalBoss(options: { connectionString?: string; forWorker?: boolean } = {}): Promise<PgBoss> {
  const forWorker = options.forWorker ?? false;
  if (state.boss && forWorker && !state.forWorker) {
    const sender = state.boss;
    state.boss = undefined;
    await (await sender.catch(() => undefined))?.stop({ graceful: true, timeout: 5_000 });
  }
  state.boss ??= startBoss(options.connectionString, forWorker).catch((error: unknown) => {
    state.boss = undefined;
    throw error;
  });
  state.forWorker = state.forWorker || forWorker;
  return state.boss;
}

async function startBoss(connectionString: string | undefined, forWorker: boolean): Promise<PgBoss> {
  // As the app's role (decision 115): the owner installed pg-boss and its queues before the app started.
  const url = connectionString ?? env().APP_DATABASE_URL ?? env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL ontbreekt: de signalenwachtrij kan niet starten");
  // Several server processes (scripts/serve.mjs) start at once and may create pg-boss's schema and the
  // queues at the same moment: PostgreSQL then aborts one of them (deadlock, duplicate key), and a fresh
  // start a moment later finds them made.
  for (let attempt = 1; ; attempt++) {
    const boss = new PgBoss({
      connectionString: url, schema: "pgboss", application_name: "aanwezig-signals", max: forWorker ? 4 : 2,
      supervise: forWorker, schedule: forWorker, migrate: true,
      // How soon a job whose worker died (no heartbeat in pg-boss 10) is failed and retried: decision 165.
      maintenanceIntervalSeconds: maintenanceIntervalSeconds(env().SIGNAL_JOB_EXPIRE_SECONDS),
    });
    // pg-boss polls on after an error, so a database that restarts costs a few lines, not the worker: one line
    // each then, rather than the whole error object (decision 164).
    boss.on("error", (error) =>
      isDatabaseUnavailable(error)
        ? log.warn("Signalenwachtrij: database niet bereikbaar; pg-boss probeert het opnieuw", { code: (error as { code?: string }).code })
        : log.error("Fout in de signalenwachtrij", { error }));
    try {
      await boss.start();
      // Made already by the owner when the app runs as its own role (scripts/start.ts); tests run as the owner.
      await createSignalQueues(boss, { pupilJobExpireSeconds: env().SIGNAL_JOB_EXPIRE_SECONDS });
      return boss;
    } catch (error) {
      await boss.stop({ graceful: false, timeout: 1_000 }).catch(() => {});
      if (attempt >= 5 || !RACE_CODES.has((error as { code?: string }).code ?? "")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400 * attempt));
    }
  }
}

/** Deadlock, duplicate key, table or object: another process was creating the same thing. */
const RACE_CODES = new Set(["40P01", "23505", "42P07", "42710"]);

/**
 * Stops this process's pg-boss (and with it the worker, if it runs here), after sending what is pending:
 * jobs in hand get up to `timeoutMs` to finish, then they are failed and retried later. Safe to call twice.
 */
export async function stopSignalBoss({ timeoutMs = 10_000 }: { timeoutMs?: number } = {}): Promise<void> {
  await state.flush;
  const boss = state.boss;
  state.boss = undefined;
  state.forWorker = false;
  state.worker = undefined;
  state.pupilWorkerId = undefined;
  state.schoolWorkerId = undefined;
  await (await boss?.catch(() => undefined))?.stop({ graceful: true, timeout: timeoutMs });
}

/**
 * Queues the re-evaluation of pupils' signals after their registrations
 * changed. Call it after the change committed, with every pupil the change
 * touched: one call, one job (a lesson of 30 marks is one job), and the same
 * pupils still waiting are not queued twice. Cheap: one INSERT.
 *
 * It never throws for a queue failure: the registrations are saved, and the
 * nightly pass re-evaluates every pupil anyway; the failure is logged.
 */
export async function enqueuePupilEvaluation(input: { schoolId: string; pupilIds: readonly string[] }): Promise<void> {
  const pupilIds = [...new Set(input.pupilIds)].sort();
  if (pupilIds.length === 0) return;
  const job = ZPupilEvaluationJobSchema.parse({ schoolId: input.schoolId, pupilIds });
  const key = createHash("sha1").update(`${job.schoolId}:${pupilIds.join(",")}`).digest("hex");
  try {
    const boss = await signalBoss();
    // No wake-up: the worker's next poll (within a second) merges this with the other saves of the register.
    await boss.send(SIGNAL_QUEUES.pupils, job, { singletonKey: key });
  } catch (error) {
    log.error("Signalen niet in de wachtrij gezet (de nachtelijke herbeoordeling haalt ze in)", { error });
  }
}

/** How long changes are gathered before they are sent as one job per school. */
export const GATHER_MS = 200;

/**
 * `enqueuePupilEvaluation` for the busy write paths (the register): the
 * pupils changed within the next GATHER_MS in this process are sent as one
 * job per school, one INSERT instead of one per save. Resolves once sent.
 * What a crash in those 200 ms loses, the nightly pass re-evaluates.
 */
export function queuePupilEvaluation(input: { schoolId: string; pupilIds: readonly string[] }): Promise<void> {
  if (input.pupilIds.length === 0) return state.flush ?? Promise.resolve();
  const pending = (state.pending ??= new Map());
  const pupils = pending.get(input.schoolId) ?? new Set<string>();
  input.pupilIds.forEach((id) => pupils.add(id));
  pending.set(input.schoolId, pupils);
  state.flush ??= new Promise<void>((resolve) => setTimeout(resolve, GATHER_MS)).then(async () => {
    const batch = state.pending ?? new Map<string, Set<string>>();
    state.pending = undefined;
    state.flush = undefined;
    for (const [schoolId, pupilIds] of batch) await enqueuePupilEvaluation({ schoolId, pupilIds: [...pupilIds] });
  });
  return state.flush;
}

/** Queues the re-evaluation of every pupil of a school: after a change of its rules settings, calendar or timetable. */
export async function enqueueSchoolEvaluation(input: { schoolId: string }): Promise<void> {
  const job = ZSchoolEvaluationJobSchema.parse(input);
  const boss = await signalBoss();
  await boss.send(SIGNAL_QUEUES.school, job, { singletonKey: job.schoolId });
  if (state.schoolWorkerId) boss.notifyWorker(state.schoolWorkerId);
}
