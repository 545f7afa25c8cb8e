import { assertDatabaseReachable, DatabaseUnreachableError } from "./reachable";

// `npm start` and `npm run worker` may start before PostgreSQL does (a machine that boots, containers started
// together, a database being restarted): they wait for it, with a line in the log every few seconds, instead
// of stopping at once. A database that answers "no" (wrong password, no such database) is not waited for:
// waiting would not change that answer. docs/decisions/164-waiting-for-the-database.md.

/** Errors that a database which is still starting (or briefly away) gives. */
const TRANSIENT = /: (ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|de server start nog op of sluit af \(57P03\)|geen antwoord binnen \d+ ms|Connection terminated.*)$/;

export type WaitForDatabaseOptions = {
  /** Name of the setting in the messages; default DATABASE_URL. */
  name?: string;
  /** How long to wait at most (DATABASE_WAIT_SECONDS); 0: one try. */
  waitSeconds: number;
  /** Pause between tries; default 2 s. */
  retryMs?: number;
  /** Where the waiting lines go (the start script's or the worker's log). */
  log: (line: string) => void;
};

/**
 * Resolves once `connectionString` accepts a connection and a query. While it cannot be reached it logs
 * `Database nog niet bereikbaar op host:port (REASON); opnieuw over 2 s…` and tries again, for at most
 * `waitSeconds`; then it throws `Kan de database niet bereiken op DATABASE_URL (host:port): REASON (na N s wachten)`.
 */
export async function waitForDatabase(connectionString: string, { name = "DATABASE_URL", waitSeconds, retryMs = 2_000, log }: WaitForDatabaseOptions): Promise<void> {
  const deadline = Date.now() + waitSeconds * 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      await assertDatabaseReachable(connectionString, { name });
      if (attempt > 1) log(`Database bereikbaar na ${attempt} pogingen`);
      return;
    } catch (error) {
      if (!(error instanceof DatabaseUnreachableError) || !TRANSIENT.test(error.message)) throw error;
      if (Date.now() + retryMs > deadline) {
        throw waitSeconds > 0 ? new DatabaseUnreachableError(`${error.message} (na ${waitSeconds} s wachten; zie DATABASE_WAIT_SECONDS)`, { cause: error }) : error;
      }
      const [, where, reason] = /op \S+ \(([^)]+)\): (.*)$/.exec(error.message) ?? [];
      const pause = retryMs % 1000 === 0 ? `${retryMs / 1000} s` : `${retryMs} ms`;
      log(`Database nog niet bereikbaar op ${where ?? "?"} (${reason ?? error.message}); opnieuw over ${pause}…`);
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  }
}
