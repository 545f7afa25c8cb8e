/**
 * Next.js calls `register` once when a server instance starts. In the Node.js
 * runtime of `next start` / `next dev` it starts the signals worker (issue 5):
 * the job queue that re-evaluates pupils' signals after their registrations
 * change, and the nightly pass. Not during `next build`, which also loads this
 * file, and not in the edge runtime.
 *
 * The two variables read here are Next.js's own markers of where this code
 * runs, not app settings (those come from src/env.ts); `NEXT_RUNTIME` must be
 * read literally, so that Next.js leaves the import out of other runtimes.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startSignalWorker } = await import("./src/signals/server/signal-worker");
  // Not awaited: the server answers requests while the worker connects; a
  // database that is not there yet must not keep the app from starting.
  startSignalWorker().catch((error: unknown) => {
    console.error("De signalenwachtrij is niet gestart; signalen worden niet bijgewerkt:", error);
  });
}
