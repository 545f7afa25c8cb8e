import cluster from "node:cluster";

import client from "prom-client";

const REQUEST = "aanwezig:web-metrics-request";
const RESPONSE = "aanwezig:web-metrics-response";
/** prom-client's own limit for asking the processes is 5 s; the asking process waits a little longer. */
const ANSWER_TIMEOUT_MS = 6_000;

/**
 * A web process's own metrics: Node.js's process metrics and the request durations per route. With several
 * processes (WEB_CONCURRENCY), a scrape reaches one of them; `webProcessMetrics` then asks the cluster's primary,
 * which gathers every process's registry (prom-client's AggregatorRegistry, over the cluster's IPC channel) and
 * adds them up, so /api/metrics speaks for the whole server (decision 167).
 */
export function createWebMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const histogram = new client.Histogram({
    name: "aanwezig_http_request_duration_seconds",
    help: "Duration of HTTP requests by route pattern (unmatched for paths that are no route), method and status class.",
    labelNames: ["route", "method", "status_class"],
    registers: [registry],
  });
  if (cluster.isWorker) {
    client.AggregatorRegistry.setRegistries([registry]);
    // Its constructor makes this process answer the primary's requests for its metrics.
    new client.AggregatorRegistry();
  }
  return { registry, histogram, webProcessMetrics: cluster.isWorker ? askPrimary : () => registry.metrics() };
}

let asked = 0;
let listening = false;
/** @type {Map<number, { resolve: (text: string) => void, reject: (error: Error) => void }>} */
const waiting = new Map();

/** @returns {Promise<string>} every web process's metrics together, from the primary */
function askPrimary() {
  if (!listening) process.on("message", answered);
  listening = true;
  const id = ++asked;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(new Error("de webprocessen antwoordden niet op tijd"));
    }, ANSWER_TIMEOUT_MS);
    waiting.set(id, {
      resolve: (text) => (clearTimeout(timer), resolve(text)),
      reject: (error) => (clearTimeout(timer), reject(error)),
    });
    process.send?.({ type: REQUEST, id });
  });
}

/** @param {{ type?: string, id?: number, text?: string, error?: string }} message */
function answered(message) {
  if (message?.type !== RESPONSE || typeof message.id !== "number") return;
  const request = waiting.get(message.id);
  waiting.delete(message.id);
  if (message.error !== undefined) request?.reject(new Error(message.error));
  else request?.resolve(message.text ?? "");
}

/** In the cluster's primary: answers a web process's request for every process's metrics. */
export function serveClusterMetrics() {
  const aggregator = new client.AggregatorRegistry();
  cluster.on("message", (worker, /** @type {{ type?: string, id?: number }} */ message) => {
    if (message?.type !== REQUEST) return;
    aggregator.clusterMetrics().then(
      (text) => worker.isConnected() && worker.send({ type: RESPONSE, id: message.id, text }),
      (/** @type {Error} */ error) => worker.isConnected() && worker.send({ type: RESPONSE, id: message.id, error: error.message }),
    );
  });
}
