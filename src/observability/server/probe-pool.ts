import "server-only";
import pg from "pg";

import { env } from "@/env";

/** How long a probe or a scrape waits for the database, in all: a hung database must give an answer, not a hanging probe. */
export const PROBE_TIMEOUT_MS = 2_000;

/**
 * One connection for readiness probes and metrics scrapes, apart from the app's pool (src/db/pool.ts): a busy
 * pool must not make a healthy process look unready, and a probe must not wait behind the requests. As the
 * app's role (decision 115) with no school set: it reads only `SELECT 1` and pg-boss's tables, which are no
 * tenant data. Short timeouts on both sides; a connection whose query failed is dropped, not reused.
 */
export function createProbePool(connectionString: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: 1,
    connectionTimeoutMillis: PROBE_TIMEOUT_MS,
    query_timeout: PROBE_TIMEOUT_MS,
    statement_timeout: PROBE_TIMEOUT_MS,
    idleTimeoutMillis: 60_000,
    application_name: "aanwezig-probe",
  });
  pool.on("error", () => {}); // An idle connection that dies is dropped; the next probe opens one and says how it went.
  return pool;
}

const globalForProbe = globalThis as unknown as { __aanwezigProbePool?: pg.Pool };

/** This process's probe pool, made at the first probe (not at import: `next build` has no database). */
export function probePool(): pg.Pool {
  if (globalForProbe.__aanwezigProbePool) return globalForProbe.__aanwezigProbePool;
  const settings = env();
  const url = settings.APP_DATABASE_URL ?? settings.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL ontbreekt");
  return (globalForProbe.__aanwezigProbePool = createProbePool(url));
}

/** Closes the probe pool (tests, before dropping their database). */
export async function closeProbePool(): Promise<void> {
  const pool = globalForProbe.__aanwezigProbePool;
  globalForProbe.__aanwezigProbePool = undefined;
  await pool?.end();
}

/** `work`, or the error "timeout" after `ms`: the pool's own timeouts should come first, this is the last word. */
export async function withDeadline<T>(work: Promise<T>, ms: number = PROBE_TIMEOUT_MS + 500): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeTimeoutError()), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export class ProbeTimeoutError extends Error {
  override name = "ProbeTimeoutError";
}

/** A failed probe query in one word for the JSON answer: no message, no address, no connection string. */
export function probeFailure(error: unknown): "timeout" | "unreachable" {
  if (error instanceof ProbeTimeoutError) return "timeout";
  const message = (error as { message?: string }).message ?? "";
  return /timeout|timed out|canceling statement/i.test(message) ? "timeout" : "unreachable";
}
