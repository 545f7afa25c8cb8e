import { env } from "@/env";

/**
 * The origin of PUBLIC_URL (`https://aanwezig.school.nl`), or null when it is
 * not set. No "server-only": proxy.ts uses it too.
 */
export function publicOrigin(): string | null {
  const url = env().PUBLIC_URL;
  return url ? new URL(url).origin : null;
}

/** Whether the app is served over https (PUBLIC_URL says so): then browsers get HSTS. */
export function servedOverHttps(): boolean {
  return env().PUBLIC_URL?.startsWith("https:") ?? false;
}
