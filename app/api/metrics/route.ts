import { env } from "@/env";
import { metricsAccess } from "@/observability/metrics-access";
import { renderMetrics } from "@/observability/server/metrics-registry";
import { probeFailure, probePool } from "@/observability/server/probe-pool";
import { readSignalQueueStats } from "@/observability/server/read-signal-queue-stats";
import { log } from "@/observability/log";

/**
 * GET /api/metrics — Prometheus text: this process's Node.js metrics and the signals queue's depth, age and
 * failures. No session: a bearer token (METRICS_TOKEN) or, without one, only this machine (decision 162).
 */
export async function GET(request: Request): Promise<Response> {
  const access = metricsAccess(request.headers, { token: env().METRICS_TOKEN });
  if (!access.allowed) {
    return new Response(`${access.reason}\n`, {
      status: access.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...(access.status === 401 ? { "WWW-Authenticate": "Bearer" } : {}) },
    });
  }
  const stats = await readSignalQueueStats({ pool: probePool() }).catch((error: unknown) => {
    log.warn("Metrics: signalenwachtrij niet gelezen", { reason: probeFailure(error) });
    return null;
  });
  const { body, contentType } = await renderMetrics(stats);
  return new Response(body, { headers: { "Content-Type": contentType, "Cache-Control": "no-store" } });
}
