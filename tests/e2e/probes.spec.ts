import { expect, test } from "@playwright/test";

// The probes and the metrics on the built app as `npm start` serves it (decision 162): without a session, and
// the metrics for this machine because no METRICS_TOKEN is set in the e2e run.

test("health, readiness and metrics answer without a session; pages stay behind the log-in", async ({ request }) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok" });

  // A process's first probe opens its connection; on a busy machine that may take longer than the probe's
  // 2 seconds, and "not ready" for a moment is what a load balancer expects then: wait for ready.
  await expect.poll(async () => {
    const ready = await request.get("/api/ready");
    return { status: ready.status(), body: await ready.json() as unknown };
  }).toEqual({ status: 200, body: { status: "ready", database: "ok", queue: "ok" } });

  const metrics = await request.get("/api/metrics");
  expect(metrics.status()).toBe(200);
  const text = await metrics.text();
  expect(text).toMatch(/^aanwezig_signal_queue_stats_up 1$/m);
  expect(text).toMatch(/^aanwezig_signal_jobs_waiting\{queue="signals-evaluate-pupils"\} \d+$/m);
  expect(text).toMatch(/^process_resident_memory_bytes \d+/m);

  // A proxy's forwarded request is somebody else's, however local the connection.
  expect((await request.get("/api/metrics", { headers: { "x-forwarded-for": "203.0.113.9" } })).status()).toBe(403);

  const page = await request.get("/beheer", { maxRedirects: 0 });
  expect(page.status()).toBeGreaterThanOrEqual(300);
  expect(page.status()).toBeLessThan(400);
});
