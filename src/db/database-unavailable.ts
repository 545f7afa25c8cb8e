// Whether an error means "the database cannot be reached right now" (stopped, restarting, cut off, the pool
// could not get a connection in time), as opposed to a fault of the request or of our code. Such a request
// is answered 503 with a precise message, and the register page keeps the marks queued and sends them again
// (docs/decisions/163-database-outage-answer.md). Pure: no imports, so both route wrappers and tests use it.

/** SQLSTATE classes and codes of a connection that is gone or not accepted yet. */
const SQLSTATES = new Set([
  "57P01", // admin_shutdown: the server is stopping (a restart)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: the server is starting up or shutting down
  "53300", // too_many_connections
]);
/** Socket errors of Node.js (also inside AggregateError when IPv4 and IPv6 were both tried). */
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "EAI_AGAIN", "ECONNABORTED"]);
/** Prisma's codes for an unreachable server, a closed connection and a pool timeout. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);
/** What @prisma/adapter-pg makes of socket errors (its DriverAdapterError's `cause.kind`). */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** pg's own messages, which carry no code. */
const MESSAGES = [
  /^Connection terminated/i, // "… unexpectedly", "… due to connection timeout"
  /^timeout exceeded when trying to connect/i, // pg-pool: no connection within connectionTimeoutMillis
  /is not queryable/i, // a client whose connection broke
  /^Client was closed and is not queryable/i,
];

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown): boolean => {
    if (typeof value !== "object" || value === null || seen.has(value)) return false;
    seen.add(value);
    const { code, kind, message, cause, errors } = value as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
    if (typeof code === "string") {
      if (SQLSTATES.has(code) || code.startsWith("08") || SOCKET_CODES.has(code) || PRISMA_CODES.has(code)) return true;
    }
    // The Unix socket of a stopped server is gone: connecting to it gives ENOENT (not a missing file of ours).
    if (code === "ENOENT" && (value as { syscall?: unknown }).syscall === "connect") return true;
    if (typeof kind === "string" && ADAPTER_KINDS.has(kind)) return true;
    if (kind === "postgres" && typeof code === "string" && SQLSTATES.has(code)) return true;
    if (typeof message === "string" && MESSAGES.some((pattern) => pattern.test(message))) return true;
    if (Array.isArray(errors) && errors.some(visit)) return true;
    return visit(cause);
  };
  return visit(error);
}
