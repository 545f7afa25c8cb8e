import { requestOrigin } from "./request-origin";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** GET, HEAD and OPTIONS change nothing; every other method may. */
export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/**
 * SECURITY-CRITICAL: refuses a request that another site made with the
 * person's cookies (cross-site request forgery). Returns why (Dutch, for the
 * 403), or null when the request may go on.
 * - An `Origin` header, when present, must be exactly our origin (scheme, host,
 *   port): the one the request was sent to (`requestOrigin`), or `publicOrigin`
 *   (PUBLIC_URL's, for a proxy in front that does not forward the scheme).
 * - A state-changing method without `Origin` must say `Sec-Fetch-Site: same-origin`:
 *   browsers send one of the two on every such request, so a write with
 *   neither is not from a page of ours (scripts and tools: send `Origin`).
 *
 * @example
 * crossOriginRefusal("POST", new Headers({ host: "app.nl", origin: "https://evil.example" })) //=> "Dit verzoek komt van een andere website …"
 */
export function crossOriginRefusal(method: string, headers: Headers, { publicOrigin = null }: { publicOrigin?: string | null } = {}): string | null {
  const origin = headers.get("origin");
  if (origin !== null) {
    return origin === requestOrigin(headers) || (publicOrigin !== null && origin === publicOrigin)
      ? null
      : "Dit verzoek komt van een andere website en is geweigerd.";
  }
  if (isSafeMethod(method)) return null;
  return headers.get("sec-fetch-site") === "same-origin" ? null : "Dit verzoek heeft geen herkomst (Origin) en is geweigerd.";
}
