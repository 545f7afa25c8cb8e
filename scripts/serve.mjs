// Serves the production build (what `next start` does) with one Next.js
// process per core, sharing one port through Node's cluster module: a single
// Node.js process runs JavaScript on one core, and on a 2-core machine the
// register's throughput stopped there while the other core had time left
// (docs/decisions/051-register-throughput.md). Started by scripts/start.ts;
// plain JavaScript so that every worker is plain `node`.
//
//   node scripts/serve.mjs --port 3000 --hostname 0.0.0.0
//   WEB_CONCURRENCY: processes (default: the cores, at most 4; 1 = no cluster).

import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import { parseArgs } from "node:util";

process.env.NODE_ENV = "production";
const { values } = parseArgs({ options: { port: { type: "string", default: "3000" }, hostname: { type: "string", default: "0.0.0.0" } } });
const port = Number(values.port);
const hostname = values.hostname;
const processes = Math.max(1, Number(process.env.WEB_CONCURRENCY) || Math.min(os.availableParallelism(), 4));

if (cluster.isPrimary && processes > 1) {
  let stopping = false;
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A crashed worker is replaced; the others go on serving meanwhile.
    console.error(`Webserverproces ${worker.process.pid} stopte (${signal ?? `code ${code}`}); er wordt een nieuw gestart.`);
    cluster.fork();
  });
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
  }
  for (let i = 0; i < processes; i++) cluster.fork();
} else {
  // The name `ps` and the benchmark look for, as `next start` sets it.
  process.title = "next-server";
  const { default: next } = await import("next");
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((request, response) => {
    // The connection's address, for log-in throttling (src/auth/client-address.ts); whatever a client sent
    // under this name is replaced. Next.js gives route handlers no socket.
    request.headers["x-aanwezig-remote-address"] = request.socket.remoteAddress ?? "";
    return handle(request, response);
  });
  // As `next start`: keep idle browser connections open a little longer than typical proxies do.
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1) console.log(`Webserver luistert op ${hostname}:${port} (${processes} ${processes === 1 ? "proces" : "processen"})`);
  });
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => {
      server.close(() => process.exit(0));
      // Open keep-alive connections do not hold the stop up.
      server.closeIdleConnections();
      setTimeout(() => process.exit(0), 5_000).unref();
    });
  }
}
