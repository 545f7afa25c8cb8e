/**
 * Next.js calls `register` once when a server instance starts. The signals
 * worker (issue 5: the job queue that re-evaluates pupils' signals after their
 * registrations change, and the nightly pass) runs in processes of its own
 * (`npm run worker`, which `npm start` runs beside the web server; decision
 * 160). A web server starts it only where src/signals/worker-placement.ts says
 * so: WORKER_IN_WEB=true, or `next dev` when that is unset. Only in the Node.js
 * runtime, and not during `next build`, which also loads this file.
 *
 * The two variables read here are Next.js's own markers of where this code
 * runs, not app settings (those come from src/env.ts); `NEXT_RUNTIME` must be
 * read literally, so that Next.js leaves the import out of other runtimes.
 */
import { log } from "./src/observability/log";

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./src/env");
  const { workerRunsInWeb } = await import("./src/signals/worker-placement");
  let settings;
  try {
    settings = env();
  } catch (error) {
    log.error("De signalenwachtrij is niet gestart", { error });
    return;
  }
  if (!workerRunsInWeb(settings, settings.NODE_ENV === "development")) return;
  const { startSignalWorker } = await import("./src/signals/server/signal-worker");
  // Not awaited: the server answers requests while the worker connects; a
  // database that is not there yet must not keep the app from starting.
  startSignalWorker().catch((error: unknown) => {
    log.error("De signalenwachtrij is niet gestart; signalen worden niet bijgewerkt", { error });
  });
}
