import PgBoss from "pg-boss";
import pg from "pg";

import { SIGNAL_QUEUES } from "@/signals/server/install-signal-queue";

/**
 * Runs the nightly pass for the bench school through the app's own worker and waits until it is done:
 * a school in use has been evaluated every night, so its pupils' per-day rollups exist (decision 173).
 * Without this, the first save of each pupil during the measurements would sum the pupil's whole
 * year, a cost the school pays once, not per register. Returns the seconds it took.
 */
export async function runNightlyPass(connectionString: string, schoolId: string, { timeoutMs = 600_000 } = {}): Promise<number> {
  const started = performance.now();
  const boss = new PgBoss({ connectionString, schema: "pgboss", supervise: false, schedule: false, migrate: false, max: 1 });
  boss.on("error", (error) => console.error(error));
  await boss.start();
  const db = new pg.Client({ connectionString });
  await db.connect();
  try {
    const id = await boss.send(SIGNAL_QUEUES.school, { schoolId }, { singletonKey: schoolId });
    if (!id) throw new Error("the bench school's nightly pass was not queued (one already waiting?)");
    while (performance.now() - started < timeoutMs) {
      const { rows } = await db.query<{ state: string }>("SELECT state FROM pgboss.job WHERE name = $1 AND id = $2", [SIGNAL_QUEUES.school, id]);
      const state = rows[0]?.state;
      if (state === "completed") return (performance.now() - started) / 1000;
      if (state === "failed") throw new Error("the bench school's nightly pass failed: see the app's log");
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`the bench school's nightly pass did not finish within ${timeoutMs / 1000} s`);
  } finally {
    await db.end();
    await boss.stop({ graceful: false, close: true });
  }
}
