import { AsyncLocalStorage } from "node:async_hooks";
import cluster from "node:cluster";
import http from "node:http";

import { trackRequests } from "./graceful-stop.mjs";
import { observeRequests } from "./observe-requests.mjs";
import { createWebMetrics, serveClusterMetrics } from "./web-metrics.mjs";

/** The same key as src/observability/web-server-hooks.ts: how the app's bundles find what this process lends them. */
const WEB_SERVER_HOOKS = Symbol.for("aanwezig.web-server-hooks");
/** How long the requests in hand get after SIGTERM; orchestrators wait 30 s by default before SIGKILL. */
const GRACE_MS = 25_000;
/** The primary's last word when a web process does not stop within its own grace. */
const PRIMARY_GRACE_MS = GRACE_MS + 5_000;

/**
 * Runs `processes` web processes on one port (Node.js's cluster; 1 = this process alone), each serving
 * `createHandler()`'s handler with a request id, one JSON line per request, the request-duration histogram and
 * a graceful stop on SIGTERM/SIGINT (decisions 166-168). scripts/serve.mjs gives it Next.js's handler;
 * tests give it a plain one.
 *
 * @param {{ port: number, hostname: string, processes: number, routeOf: (pathname: string) => string,
 *   createHandler: () => Promise<import("./observe-requests.mjs").THandler> }} options
 */
export async function runWebServer({ port, hostname, processes, routeOf, createHandler }) {
  if (cluster.isPrimary && processes > 1) return runPrimary(processes);
  await runWebProcess({ port, hostname, processes, routeOf, createHandler });
}

/** @param {number} processes */
function runPrimary(processes) {
  let stopping = false;
  serveClusterMetrics();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A crashed worker is replaced; the others go on serving meanwhile.
    logLine("error", `Webserverproces ${worker.process.pid} stopte (${signal ?? `code ${code}`}); er wordt een nieuw gestart.`);
    cluster.fork();
  });
  for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
      setTimeout(() => {
        logLine("error", "Webserverprocessen niet op tijd gestopt; ze worden afgebroken.");
        for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGKILL");
        process.exit(1);
      }, PRIMARY_GRACE_MS).unref();
    });
  }
  for (let i = 0; i < processes; i++) cluster.fork();
}

/** @param {{ port: number, hostname: string, processes: number, routeOf: (pathname: string) => string, createHandler: () => Promise<import("./observe-requests.mjs").THandler> }} options */
async function runWebProcess({ port, hostname, processes, routeOf, createHandler }) {
  const requestContext = new AsyncLocalStorage();
  const { histogram, webProcessMetrics } = createWebMetrics();
  // Before the app loads: its logger and /api/metrics look for these.
  Object.assign(globalThis, { [WEB_SERVER_HOOKS]: { requestContext, webProcessMetrics } });
  const handle = await createHandler();
  const write = (/** @type {string} */ line) => process.stdout.write(`${line}\n`);
  const observed = observeRequests({ handle, routeOf, histogram, requestContext, write });
  const observedStopping = observeRequests({ handle: answerStopping, routeOf, histogram, requestContext, write });
  const server = http.createServer((request, response) => {
    // The connection's address, for log-in throttling (src/auth/client-address.ts); whatever a client sent
    // under this name is replaced. Next.js gives route handlers no socket.
    request.headers["x-aanwezig-remote-address"] = request.socket.remoteAddress ?? "";
    // While stopping, the readiness probe says so at once, so that a load balancer sends nothing new here.
    const stoppingReady = requests.stopping() && request.url?.split("?")[0] === "/api/ready";
    return (stoppingReady ? observedStopping : observed)(request, response);
  });
  const requests = trackRequests(server);
  // As `next start`: keep idle browser connections open a little longer than typical proxies do.
  server.keepAliveTimeout = 65_000;
  server.listen(port, hostname, () => {
    if (cluster.isPrimary || cluster.worker?.id === 1) logLine("info", `Webserver luistert op ${hostname}:${port} (${processes} ${processes === 1 ? "proces" : "processen"})`);
  });
  let stopping = false;
  for (const signal of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
    process.on(signal, async () => {
      // A Ctrl-C reaches the primary and every web process at once; the primary then sends it again.
      if (stopping) return;
      stopping = true;
      const { cutOff } = await requests.stop({ graceMs: GRACE_MS });
      if (cutOff > 0) logLine("warn", `Webserver gestopt; ${cutOff} verzoek(en) niet op tijd afgemaakt.`);
      process.exit(0);
    });
  }
}

/** @type {import("./observe-requests.mjs").THandler} */
function answerStopping(_request, response) {
  response.writeHead(503, { "Content-Type": "application/json", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
  response.end(JSON.stringify({ status: "stopping" }));
}

/**
 * The web server's own lines, in the shape of the request lines and the app's (src/observability/log.ts).
 * @param {"info" | "warn" | "error"} level
 * @param {string} msg
 */
function logLine(level, msg) {
  const line = `${JSON.stringify({ time: new Date().toISOString(), level, msg, pid: process.pid })}\n`;
  (level === "info" ? process.stdout : process.stderr).write(line);
}
