import type { TEnv } from "@/env";

/*
 * Where the signals worker runs (docs/decisions/160-worker-process.md): in
 * processes of its own (`npm run worker`), which `npm start` runs beside the
 * web server; in the web server itself only with WORKER_IN_WEB=true, or under
 * `next dev` when it is unset.
 */

type TPlacementSettings = Pick<TEnv, "WORKER_IN_WEB" | "WORKER_PROCESSES">;

/** Whether a web server process works the queue itself. `development`: it runs as `next dev`. */
export function workerRunsInWeb(settings: TPlacementSettings, development: boolean): boolean {
  return settings.WORKER_IN_WEB ?? development;
}

/** How many worker processes `npm start` (`dev`: `npm run dev`) runs beside its web server. */
export function workerProcessesToStart(settings: TPlacementSettings, dev: boolean): number {
  return settings.WORKER_PROCESSES ?? (workerRunsInWeb(settings, dev) ? 0 : 1);
}
