import { requestIdOf } from "./request-id.mjs";

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/**
 * @typedef {import("node:http").IncomingMessage} TRequest
 * @typedef {import("node:http").ServerResponse} TResponse
 * @typedef {(request: TRequest, response: TResponse) => unknown} THandler
 * @typedef {{ observe: (labels: { route: string, method: string, status_class: string }, seconds: number) => void }} THistogram
 * @typedef {{ requestId: string }} TRequestContext
 */

/**
 * Wraps the app's handler: every request gets an id (a proxy's sane `X-Request-Id`, else a new one), answered
 * in `X-Request-Id` and set as the request's context around the handler (src/observability/log.ts puts it in
 * the app's lines); when the response is done, one JSON line and one observation of the duration histogram.
 *
 * The line holds the route's pattern, method, status and duration, never the path, query string, headers,
 * cookies, body or the client's address: no personal data (decision 166).
 *
 * @param {{ handle: THandler, routeOf: (pathname: string) => string, histogram: THistogram,
 *   requestContext: import("node:async_hooks").AsyncLocalStorage<TRequestContext>, write: (line: string) => void }} options
 * @returns {THandler}
 */
export function observeRequests({ handle, routeOf, histogram, requestContext, write }) {
  return (request, response) => {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(request.headers["x-request-id"]);
    response.setHeader("X-Request-Id", requestId);
    response.once("close", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const method = METHODS.has(request.method ?? "") ? /** @type {string} */ (request.method) : "OTHER";
      const route = routeOf(pathOf(request.url));
      // A response the client did not wait for has no status worth counting as one.
      const aborted = !response.writableFinished;
      histogram.observe({ route, method, status_class: aborted ? "aborted" : `${Math.floor(response.statusCode / 100)}xx` }, seconds);
      write(JSON.stringify({
        time: new Date().toISOString(), level: "info", msg: "request", requestId, method, route,
        status: response.statusCode, durationMs: Math.round(seconds * 10_000) / 10, pid: process.pid,
        ...(aborted ? { aborted: true } : {}),
      }));
    });
    return requestContext.run({ requestId }, () => handle(request, response));
  };
}

/** The path of a request's URL without its query string (which is never logged). */
function pathOf(url = "/") {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}
