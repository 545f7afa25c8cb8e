/**
 * The header scripts/serve.mjs sets on every request to the address of the
 * connection (overwriting whatever a client sent): Next.js gives route
 * handlers no socket.
 */
export const REMOTE_ADDRESS_HEADER = "x-aanwezig-remote-address";

type HeaderBag = Record<string, string | string[] | undefined>;

/**
 * SECURITY-CRITICAL: the address a log-in comes from, for throttling. Behind a
 * reverse proxy (TRUST_PROXY=true) that is the last X-Forwarded-For entry,
 * the one the proxy added; the entries before it are whatever the client
 * sent. Without TRUST_PROXY the header is ignored: anyone could send it.
 */
export function clientAddress(headers: HeaderBag, { trustProxy }: { trustProxy: boolean }): string | null {
  if (trustProxy) {
    const forwarded = first(headers["x-forwarded-for"])?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
    if (forwarded) return forwarded;
  }
  return first(headers[REMOTE_ADDRESS_HEADER]) || null;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
