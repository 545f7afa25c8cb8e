import type { AsyncLocalStorage } from "node:async_hooks";

/**
 * What scripts/serve.mjs (plain Node.js, outside Next.js's bundles) lends the app's code in the same process:
 * the current request's context and the web processes' metrics. Next.js bundles the app's modules, so a module
 * instance cannot be shared with serve.mjs; one object on `globalThis` under a registered symbol can
 * (decision 166). Absent under `next dev`, in tests and in the worker: callers then do without.
 */
export type TWebServerHooks = {
  /** Set around Next.js's handler for every request. */
  requestContext: AsyncLocalStorage<TRequestContext>;
  /** Prometheus text of every web process's own metrics (request durations, Node.js process metrics), aggregated. */
  webProcessMetrics: () => Promise<string>;
};

export type TRequestContext = { requestId: string };

/** The key serve.mjs puts the hooks under (scripts/serve/web-server-hooks.mjs uses the same). */
export const WEB_SERVER_HOOKS = Symbol.for("aanwezig.web-server-hooks");

export function webServerHooks(): TWebServerHooks | undefined {
  return (globalThis as { [WEB_SERVER_HOOKS]?: TWebServerHooks })[WEB_SERVER_HOOKS];
}

/** The id of the request this code runs for, when serve.mjs handed it one. */
export function currentRequestId(): string | undefined {
  return webServerHooks()?.requestContext.getStore()?.requestId;
}
