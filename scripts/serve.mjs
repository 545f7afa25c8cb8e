// Serves the production build (what `next start` does) with one Next.js
// process per core, sharing one port through Node's cluster module: a single
// Node.js process runs JavaScript on one core, and on a 2-core machine the
// register's throughput stopped there while the other core had time left
// (docs/decisions/051-register-throughput.md). Started by scripts/start.ts;
// plain JavaScript so that every worker is plain `node`. Request ids, one JSON
// line per request, request durations per route and the graceful stop on
// SIGTERM live in scripts/serve/ (decisions 166-168).
//
//   node scripts/serve.mjs --port 3000 --hostname 0.0.0.0
//   WEB_CONCURRENCY: processes (default: the cores, at most 4; 1 = no cluster).

import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

import { loadRoutePatterns } from "./serve/route-patterns.mjs";
import { runWebServer } from "./serve/run-web-server.mjs";

process.env.NODE_ENV = "production";
const { values } = parseArgs({ options: { port: { type: "string", default: "3000" }, hostname: { type: "string", default: "0.0.0.0" } } });
const port = Number(values.port);
const hostname = values.hostname;
const processes = Math.max(1, Number(process.env.WEB_CONCURRENCY) || Math.min(os.availableParallelism(), 4));

await runWebServer({
  port, hostname, processes,
  routeOf: loadRoutePatterns(path.join(process.cwd(), ".next")),
  createHandler: async () => {
    // The name `ps` and the benchmark look for, as `next start` sets it.
    process.title = "next-server";
    const { default: next } = await import("next");
    const app = next({ dev: false, dir: process.cwd(), hostname, port });
    await app.prepare();
    return app.getRequestHandler();
  },
});
