import { env } from "@/env";

/**
 * The app's "now". Normally the real time. With `APP_NOW` set (demos,
 * end-to-end tests) the clock shows that instant when the process started and
 * then runs on, so that a demo morning stays a morning and marks made a minute
 * apart are a minute apart. Anchored to the process's start, not to a module's
 * first use: Next.js bundles pages and route handlers separately, and all of
 * them must tell the same time. Every server-side "now" comes from here.
 */
export function appNow(): Date {
  const configured = env().APP_NOW;
  if (!configured) return new Date();
  return new Date(new Date(configured).getTime() + (Date.now() - performance.timeOrigin));
}
