/**
 * Stops an HTTP server the way a load balancer expects: no new connections, the requests in hand finish, idle
 * keep-alive connections are closed (also each one that becomes idle while stopping), and after `graceMs` the
 * rest is cut off. `stopping()` lets the request handler answer the readiness probe with 503 meanwhile.
 *
 * @param {import("node:http").Server} server
 */
export function trackRequests(server) {
  let inFlight = 0;
  let stopping = false;
  /** @type {(() => void) | undefined} */
  let whenIdle;
  server.on("request", (/** @type {import("node:http").IncomingMessage} */ _request, /** @type {import("node:http").ServerResponse} */ response) => {
    inFlight++;
    // A request on a kept-alive connection while stopping: its answer closes the connection.
    if (stopping) response.shouldKeepAlive = false;
    response.once("close", () => {
      inFlight--;
      if (!stopping) return;
      // The connection is idle only once Node.js has finished with the response.
      setImmediate(() => server.closeIdleConnections());
      if (inFlight === 0) whenIdle?.();
    });
  });

  return {
    stopping: () => stopping,
    inFlight: () => inFlight,
    /**
     * @param {{ graceMs: number }} options
     * @returns {Promise<{ cutOff: number }>} how many requests were still running when the grace ran out
     */
    stop({ graceMs }) {
      stopping = true;
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          const cutOff = inFlight;
          server.closeAllConnections();
          resolve({ cutOff });
        }, graceMs);
        whenIdle = () => {
          clearTimeout(timer);
          resolve({ cutOff: 0 });
        };
        server.close();
        server.closeIdleConnections();
        if (inFlight === 0) whenIdle();
      });
    },
  };
}
