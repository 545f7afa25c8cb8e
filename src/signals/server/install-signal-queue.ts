import PgBoss from "pg-boss";

// No "server-only" here: scripts/start.ts installs the queue before the app starts.

export const SIGNAL_QUEUES = {
  /** { schoolId, pupilIds }: re-evaluate these pupils (a mark, a report, a correction, a leave decision). */
  pupils: "signals-evaluate-pupils",
  /** { schoolId }: re-evaluate every pupil of a school (nightly, or after a change of its settings or calendar). */
  school: "signals-evaluate-school",
  /** Cron: fills the school queue with every school. */
  nightly: "signals-nightly",
} as const;

/** pg-boss's own queue for cron jobs (its timekeeper creates it on start when missing). */
const PG_BOSS_CRON_QUEUE = "__pgboss__send-it";

/**
 * How long a pupils job may be active before pg-boss takes its worker for lost (killed, its machine gone) and
 * hands the job to another: pg-boss 10 has no heartbeat, so this is the only way back for such a job. A fetch
 * evaluates a few hundred pupils in seconds; 2 minutes leaves room for a busy machine. SIGNAL_JOB_EXPIRE_SECONDS
 * shortens it for the fault test. docs/decisions/165-lost-signal-jobs.md.
 */
export const DEFAULT_PUPIL_JOB_EXPIRE_SECONDS = 120;
/** A whole school (2,000 pupils: 6–16 s measured, decision 041), with a wide margin for larger schools. */
export const SCHOOL_JOB_EXPIRE_SECONDS = 10 * 60;

export type SignalQueueOptions = { pupilJobExpireSeconds?: number };

/**
 * How often a worker's pg-boss looks for expired jobs (its maintenance; pg-boss's default is 2 minutes): a
 * quarter of the pupils' expiry, at most 30 s, so a lost job is back within about 1.25× its expiry.
 */
export function maintenanceIntervalSeconds(pupilJobExpireSeconds = DEFAULT_PUPIL_JOB_EXPIRE_SECONDS): number {
  return Math.max(1, Math.min(30, Math.ceil(pupilJobExpireSeconds / 4)));
}

function signalQueues({ pupilJobExpireSeconds = DEFAULT_PUPIL_JOB_EXPIRE_SECONDS }: SignalQueueOptions) {
  // "short": one waiting job per key, so a teacher saving the same marks twice queues them once.
  return [
    { name: SIGNAL_QUEUES.pupils, policy: "short", retryLimit: 3, retryDelay: 5, expireInSeconds: pupilJobExpireSeconds },
    { name: SIGNAL_QUEUES.school, policy: "short", retryLimit: 2, retryDelay: 60, expireInSeconds: SCHOOL_JOB_EXPIRE_SECONDS },
    { name: SIGNAL_QUEUES.nightly, policy: "short", retryLimit: 2, retryDelay: 60 },
  ] as const;
}

/** Creates the queues when missing; a queue that exists is left as it is (the owner's install sets its policy). */
export async function createSignalQueues(boss: PgBoss, options: SignalQueueOptions = {}): Promise<void> {
  for (const queue of signalQueues(options)) await boss.createQueue(queue.name, queue);
}

/**
 * Installs (or upgrades) pg-boss's schema and creates every queue, as the
 * database owner, before the app starts: a queue is a table that pg-boss
 * attaches to its own, which only the owner may do, and the app connects as a
 * role that may not (docs/decisions/115-row-level-security.md). The migration
 * grants that role the use of whatever the owner makes in schema "pgboss".
 */
export async function installSignalQueue(ownerUrl: string, options: SignalQueueOptions = {}): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: "pgboss", application_name: "aanwezig-install", max: 1, supervise: false, schedule: false, migrate: true });
  boss.on("error", () => {});
  await boss.start();
  try {
    await createSignalQueues(boss, options);
    // A database installed before the expiries changed gets them too; jobs already queued keep theirs.
    for (const queue of signalQueues(options)) await boss.updateQueue(queue.name, queue);
    await boss.createQueue(PG_BOSS_CRON_QUEUE);
  } finally {
    await boss.stop({ graceful: false, timeout: 1_000 });
  }
}
