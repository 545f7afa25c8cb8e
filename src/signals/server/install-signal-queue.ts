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

/** Creates the queues when missing; a queue that exists is left as it is. */
export async function createSignalQueues(boss: PgBoss): Promise<void> {
  // "short": one waiting job per key, so a teacher saving the same marks twice queues them once.
  await boss.createQueue(SIGNAL_QUEUES.pupils, { name: SIGNAL_QUEUES.pupils, policy: "short", retryLimit: 3, retryDelay: 5, expireInSeconds: 15 * 60 });
  await boss.createQueue(SIGNAL_QUEUES.school, { name: SIGNAL_QUEUES.school, policy: "short", retryLimit: 2, retryDelay: 60, expireInSeconds: 60 * 60 });
  await boss.createQueue(SIGNAL_QUEUES.nightly, { name: SIGNAL_QUEUES.nightly, policy: "short", retryLimit: 2, retryDelay: 60 });
}

/**
 * Installs (or upgrades) pg-boss's schema and creates every queue, as the
 * database owner, before the app starts: a queue is a table that pg-boss
 * attaches to its own, which only the owner may do, and the app connects as a
 * role that may not (docs/decisions/115-row-level-security.md). The migration
 * grants that role the use of whatever the owner makes in schema "pgboss".
 */
export async function installSignalQueue(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: "pgboss", application_name: "aanwezig-install", max: 1, supervise: false, schedule: false, migrate: true });
  boss.on("error", () => {});
  await boss.start();
  try {
    await createSignalQueues(boss);
    await boss.createQueue(PG_BOSS_CRON_QUEUE);
  } finally {
    await boss.stop({ graceful: false, timeout: 1_000 });
  }
}
