import "server-only";
import { collectDefaultMetrics, Gauge, Registry } from "prom-client";

import { log } from "../log";
import { webServerHooks } from "../web-server-hooks";

import type { TSignalQueueStats } from "./read-signal-queue-stats";

type TMetrics = {
  registry: Registry;
  waiting: Gauge<"queue">;
  oldestWaiting: Gauge<"queue">;
  failed: Gauge<"queue">;
  statsUp: Gauge;
};

// One registry per process, also across Next.js dev reloads and route bundles: prom-client refuses a metric
// registered twice, and the default process metrics keep their own timers.
const globalForMetrics = globalThis as unknown as { __aanwezigMetrics?: TMetrics };

/**
 * This process's registry of the app's own metrics: the signals queue's gauges, and, where no scripts/serve.mjs
 * collects them for all web processes (`next dev`, tests), Node.js's process metrics (prom-client's defaults).
 */
export function metrics(): TMetrics {
  return (globalForMetrics.__aanwezigMetrics ??= createMetrics());
}

function createMetrics(): TMetrics {
  const registry = new Registry();
  if (!webServerHooks()) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    waiting: new Gauge({ name: "aanwezig_signal_jobs_waiting", help: "Signal jobs not started yet (new, or waiting for a retry).", labelNames: ["queue"], registers }),
    oldestWaiting: new Gauge({ name: "aanwezig_signal_oldest_waiting_job_age_seconds", help: "Age of the oldest signal job not started yet; 0 when none waits.", labelNames: ["queue"], registers }),
    failed: new Gauge({ name: "aanwezig_signal_jobs_failed_last_hour", help: "Signal jobs that failed for good (retries used up) in the last hour.", labelNames: ["queue"], registers }),
    statsUp: new Gauge({ name: "aanwezig_signal_queue_stats_up", help: "1 when this scrape could read the signals queue from the database, else 0.", registers }),
  };
}

/**
 * The metrics as Prometheus text: under scripts/serve.mjs first those of every web process together (request
 * durations per route, Node.js process metrics; decision 167), then the queue gauges set from `stats` (read for this scrape), or, when the
 * database did not answer, without them and with `aanwezig_signal_queue_stats_up 0`: an old value must not
 * pass for a current one.
 */
export async function renderMetrics(stats: readonly TSignalQueueStats[] | null): Promise<{ body: string; contentType: string }> {
  const m = metrics();
  for (const gauge of [m.waiting, m.oldestWaiting, m.failed]) gauge.reset();
  m.statsUp.set(stats ? 1 : 0);
  for (const row of stats ?? []) {
    m.waiting.set({ queue: row.queue }, row.waiting);
    m.oldestWaiting.set({ queue: row.queue }, row.oldestWaitingSeconds);
    m.failed.set({ queue: row.queue }, row.failedLastHour);
  }
  const own = await m.registry.metrics();
  const hooks = webServerHooks();
  if (!hooks) return { body: own, contentType: m.registry.contentType };
  const web = await hooks.webProcessMetrics().catch((error: unknown) => {
    // A web process that does not answer (busy, stopping) must not cost the queue's figures.
    log.warn("Metrics: webprocessen niet allemaal gelezen", { error: error instanceof Error ? error.message : String(error) });
    return "";
  });
  return { body: web === "" || web.endsWith("\n") ? web + own : `${web}\n${own}`, contentType: m.registry.contentType };
}
