import "server-only";
import type pg from "pg";

import { SIGNAL_QUEUES } from "@/signals/server/install-signal-queue";

import { probeFailure, withDeadline } from "./probe-pool";

export type TReadiness = {
  status: "ready" | "not ready";
  /** `SELECT 1` as the app's role. */
  database: "ok" | "unreachable" | "timeout";
  /**
   * pg-boss's schema with every signals queue. "missing": installed partly or not at all; "forbidden": the app's
   * role may not read it (the grants of decision 115); "unchecked": the database did not answer.
   */
  queue: "ok" | "missing" | "forbidden" | "unreachable" | "timeout" | "unchecked";
};

const QUEUE_NAMES = Object.values(SIGNAL_QUEUES);
/** PostgreSQL: the schema or the table does not exist. */
const NOT_INSTALLED = new Set(["42P01", "3F000"]);

/**
 * Whether this process can serve: the database answers and the signals queue is installed there. Needs no
 * school and no session; answers within about two seconds also when the database hangs.
 */
export async function checkReadiness({ pool }: { pool: pg.Pool }): Promise<TReadiness> {
  try {
    await withDeadline(pool.query("SELECT 1"));
  } catch (error) {
    return { status: "not ready", database: probeFailure(error), queue: "unchecked" };
  }
  const queue = await checkQueue(pool);
  return { status: queue === "ok" ? "ready" : "not ready", database: "ok", queue };
}

async function checkQueue(pool: pg.Pool): Promise<TReadiness["queue"]> {
  try {
    const { rows } = await withDeadline(
      pool.query<{ n: number }>("SELECT count(*)::int AS n FROM pgboss.queue WHERE name = ANY($1::text[])", [QUEUE_NAMES]),
    );
    return rows[0]?.n === QUEUE_NAMES.length ? "ok" : "missing";
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (NOT_INSTALLED.has(code)) return "missing";
    if (code === "42501") return "forbidden";
    return probeFailure(error);
  }
}
