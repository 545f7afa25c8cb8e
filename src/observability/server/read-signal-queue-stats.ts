import "server-only";
import type pg from "pg";

import { SIGNAL_QUEUES } from "@/signals/server/install-signal-queue";

import { withDeadline } from "./probe-pool";

export type TSignalQueueStats = {
  queue: string;
  /** Jobs not started yet: new, and failed ones waiting for their retry. */
  waiting: number;
  /** Seconds since the oldest of those was queued; 0 when none waits. */
  oldestWaitingSeconds: number;
  /** Jobs that failed for good (their retries used up) in the last hour. */
  failedLastHour: number;
};

/**
 * The signals queues' state for the metrics, across all schools in one query on pg-boss's job table (no tenant
 * data: decision 162). The waiting jobs come from pg-boss's own partial index on unstarted jobs; the failed ones
 * from the jobs kept since pg-boss archives them (12 hours), so one hour is always still there.
 */
export async function readSignalQueueStats({ pool }: { pool: pg.Pool }): Promise<TSignalQueueStats[]> {
  const names = Object.values(SIGNAL_QUEUES);
  const { rows } = await withDeadline(pool.query<{ queue: string; waiting: number; oldest: number; failed: number }>(
    `SELECT q.name AS queue,
            (SELECT count(*)::int FROM pgboss.job j WHERE j.name = q.name AND j.state < 'active') AS waiting,
            (SELECT coalesce(extract(epoch FROM now() - min(j.created_on)), 0)::float8
               FROM pgboss.job j WHERE j.name = q.name AND j.state < 'active') AS oldest,
            (SELECT count(*)::int FROM pgboss.job j
               WHERE j.name = q.name AND j.state = 'failed' AND j.completed_on > now() - interval '1 hour') AS failed
       FROM unnest($1::text[]) AS q(name)
      ORDER BY q.name`,
    [names],
  ));
  return rows.map((row) => ({ queue: row.queue, waiting: row.waiting, oldestWaitingSeconds: Math.max(0, row.oldest), failedLastHour: row.failed }));
}
