// scripts/serve.mjs's web server (scripts/serve/run-web-server.mjs) around a plain handler instead of Next.js's,
// for tests/integration/web-server.test.ts: the request ids, log lines, metrics across processes and the graceful
// stop are the real ones; the handler calls the app's own logger and /api/metrics's renderMetrics. Run with
// `node --import tsx --conditions=react-server` (the app's modules are TypeScript); WEB_CONCURRENCY as serve.mjs.
//
//   node --import tsx --conditions=react-server tests/helpers/web-server-fixture.mjs <port>

import { routePatterns } from "../../scripts/serve/route-patterns.mjs";
import { runWebServer } from "../../scripts/serve/run-web-server.mjs";

// Routes as `next build` writes them in .next/routes-manifest.json.
const routeOf = routePatterns({
  staticRoutes: [{ page: "/api/metrics", regex: "^/api/metrics(?:/)?$" }, { page: "/traag", regex: "^/traag(?:/)?$" }],
  dynamicRoutes: [{ page: "/verzuim/leerling/[pupilId]", regex: "^/verzuim/leerling/([^/]+?)(?:/)?$" }],
});

await runWebServer({
  port: Number(process.argv[2]), hostname: "127.0.0.1", processes: Number(process.env.WEB_CONCURRENCY) || 1, routeOf,
  createHandler: async () => {
    // Loaded after the web server set its hooks, as Next.js loads the app.
    const { log } = await import("../../src/observability/log.ts");
    const { renderMetrics } = await import("../../src/observability/server/metrics-registry.ts");
    return async (request, response) => {
      const path = (request.url ?? "/").split("?")[0];
      if (path === "/api/metrics") {
        const { body, contentType } = await renderMetrics(null);
        response.writeHead(200, { "Content-Type": contentType }).end(body);
      } else if (path.startsWith("/verzuim/leerling/")) {
        // After an await, as the app's code logs: the request's context must still be there.
        await new Promise((resolve) => setImmediate(resolve));
        log.info("leerling geopend");
        response.writeHead(200, { "Content-Type": "text/plain" }).end("leerling");
      } else if (path === "/traag") {
        // A request still at work when the stop comes: it finishes a moment after the signal.
        log.info("traag verzoek begonnen");
        await new Promise((resolve) => process.once("SIGTERM", resolve));
        await new Promise((resolve) => setTimeout(resolve, 300));
        response.writeHead(200, { "Content-Type": "text/plain" }).end("klaar");
      } else {
        response.writeHead(404, { "Content-Type": "text/plain" }).end("niet gevonden");
      }
    };
  },
});
