import net from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as health } from "../../app/api/health/route";
import { GET as ready } from "../../app/api/ready/route";
import { checkReadiness } from "@/observability/server/check-readiness";
import { closeProbePool, createProbePool, PROBE_TIMEOUT_MS } from "@/observability/server/probe-pool";
import { installSignalQueue } from "@/signals/server/install-signal-queue";

import { startRestartablePostgres, type RestartablePostgres } from "../helpers/restartable-postgres";

// Readiness when the database goes away (decision 162): a PostgreSQL of this file's own, stopped and started
// again under the running app, and a "database" that accepts connections and never answers.

let postgres: RestartablePostgres | undefined;

beforeAll(async () => {
  postgres = await startRestartablePostgres();
  await installSignalQueue(postgres.url);
  process.env.DATABASE_URL = postgres.url;
  process.env.AUTH_SECRET ??= "a".repeat(32);
});
afterAll(async () => {
  await closeProbePool();
  await postgres?.remove();
});

describe("readiness with the database stopped", () => {
  it("is ready, then 503 naming the database while it is stopped, and ready again once it is back, without a restart", async () => {
    expect((await ready()).status).toBe(200);

    await postgres!.stop();
    const down = await ready();
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "not ready", database: "unreachable", queue: "unchecked" });
    // Liveness does not ask the database: restarting the app would not cure this.
    expect(health().status).toBe(200);

    await postgres!.start();
    const back = await ready();
    expect(await back.json()).toEqual({ status: "ready", database: "ok", queue: "ok" });
    expect(back.status).toBe(200);
  });
});

describe("readiness with a database that hangs", () => {
  it("answers 'timeout' within the probe's time instead of hanging", async () => {
    const sockets = new Set<net.Socket>();
    // Accepts the connection and says nothing, as a PostgreSQL stuck in I/O would.
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const pool = createProbePool(`postgresql://nobody:secret@127.0.0.1:${port}/aanwezig`);
    try {
      const started = Date.now();
      const readiness = await checkReadiness({ pool });
      expect(readiness).toEqual({ status: "not ready", database: "timeout", queue: "unchecked" });
      expect(Date.now() - started).toBeLessThan(PROBE_TIMEOUT_MS + 1_000);
      expect(JSON.stringify(readiness)).not.toMatch(/secret|127\.0\.0\.1/);
    } finally {
      await pool.end().catch(() => {});
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
