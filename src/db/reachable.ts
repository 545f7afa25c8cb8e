import pg from "pg";

// Start-up check: an unreachable database must stop the app with one line that
// says where it looked and why it failed, not with a stack trace from the
// first query of the first request.

export class DatabaseUnreachableError extends Error {
  override name = "DatabaseUnreachableError";
}

/** PostgreSQL error codes whose own message would not tell an operator what to fix. */
const EXPLAINED: Record<string, string> = {
  "28P01": "gebruikersnaam of wachtwoord onjuist (28P01)",
  "28000": "toegang geweigerd door pg_hba.conf (28000)",
  "3D000": "de database bestaat niet (3D000)",
  "57P03": "de server start nog op of sluit af (57P03)",
};

function location(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname || "localhost"}:${url.port || "5432"}`;
  } catch {
    return "ongeldige URL";
  }
}

function reason(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  if (code && EXPLAINED[code]) return EXPLAINED[code];
  // Network errors carry their own code (ECONNREFUSED, ENOTFOUND, ETIMEDOUT, ...);
  // AggregateError (IPv4 and IPv6 both refused) carries it too, with no message.
  if (code && /^E[A-Z]+$/.test(code)) return code;
  return message?.split("\n")[0] || code || String(error);
}

/**
 * Resolves when `connectionString` accepts a connection and a query; otherwise
 * throws `Kan de database niet bereiken op DATABASE_URL (host:port): REASON`.
 * The password never appears in the message.
 */
export async function assertDatabaseReachable(
  connectionString: string,
  { name = "DATABASE_URL", timeoutMs = 5_000 }: { name?: string; timeoutMs?: number } = {},
): Promise<void> {
  const where = `${name} (${location(connectionString)})`;
  let client: pg.Client;
  try {
    client = new pg.Client({ connectionString, connectionTimeoutMillis: timeoutMs });
  } catch (error) {
    throw new DatabaseUnreachableError(`Kan de database niet bereiken op ${where}: ${reason(error)}`);
  }
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const detail = /timeout/i.test((error as Error).message ?? "") ? `geen antwoord binnen ${timeoutMs} ms` : reason(error);
    throw new DatabaseUnreachableError(`Kan de database niet bereiken op ${where}: ${detail}`, { cause: error });
  } finally {
    await client.end().catch(() => {});
  }
}
