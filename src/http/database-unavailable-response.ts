import { log } from "@/observability/log";

/** Seconds a client is asked to wait before it tries again; the register page retries on its own clock. */
export const RETRY_AFTER_SECONDS = 2;
/** One log line per this many milliseconds during an outage, however many requests fail. */
const LOG_EVERY_MS = 10_000;

export const DATABASE_UNAVAILABLE_MESSAGE = "De database is even niet bereikbaar. Probeer het zo opnieuw.";

let lastLogged = 0;
let unlogged = 0;

/**
 * The answer to a request that failed because the database could not be reached (src/db/database-unavailable.ts):
 * 503 with `Retry-After` and `{ error: { code: "DATABASE_UNAVAILABLE", message } }`, never a stack trace or
 * an address. Logged as one Dutch warning every 10 s with the number of requests since (decision 163).
 */
export function databaseUnavailableResponse(error: unknown): Response {
  unlogged += 1;
  const now = Date.now();
  if (now - lastLogged >= LOG_EVERY_MS) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    log.warn(`Database niet bereikbaar: ${unlogged} verzoek(en) beantwoord met 503`, { reason });
    lastLogged = now;
    unlogged = 0;
  }
  return Response.json(
    { error: { code: "DATABASE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE, fields: {} } },
    { status: 503, headers: { "retry-after": String(RETRY_AFTER_SECONDS) } },
  );
}
