import { createHash, timingSafeEqual } from "node:crypto";

import { REMOTE_ADDRESS_HEADER } from "@/auth/client-address";

export type TMetricsAccess = { allowed: true } | { allowed: false; status: 401 | 403; reason: string };

const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|::ffff:127(?:\.\d{1,3}){3})$/;

/**
 * SECURITY-CRITICAL: who may read GET /api/metrics (docs/decisions/162-health-readiness-metrics.md).
 *
 * With a token (METRICS_TOKEN) only `Authorization: Bearer <token>`, from anywhere: a proxy on the same machine
 * makes every visitor look local, so the address then counts for nothing. Without a token only a connection
 * from this machine (the address scripts/serve.mjs puts on every request, overwriting what a client sent) on
 * behalf of this machine: every address a forwarding header names is a loopback one too. (Next.js itself sets
 * X-Forwarded-For to the connection's address when none came, so the header's presence says nothing; a proxy
 * that forwards a visitor from elsewhere names the visitor's address.)
 *
 *   metricsAccess(new Headers({ authorization: "Bearer wrong" }), { token: "s3cret…" }) // → 401
 */
export function metricsAccess(headers: Headers, { token }: { token: string | undefined }): TMetricsAccess {
  if (token !== undefined) {
    const sent = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "")?.[1];
    if (sent !== undefined && sameSecret(sent, token)) return { allowed: true };
    return { allowed: false, status: 401, reason: "a valid bearer token is required" };
  }
  const addresses = [headers.get(REMOTE_ADDRESS_HEADER) ?? "", ...forwardedAddresses(headers)];
  if (addresses.every((address) => LOOPBACK.test(address))) return { allowed: true };
  return { allowed: false, status: 403, reason: "metrics are served only to this machine unless METRICS_TOKEN is set" };
}

/** Every address named by X-Forwarded-For, X-Real-IP and Forwarded's `for=` (`[::1]`, quoted or not; `unknown` stays as written). */
function forwardedAddresses(headers: Headers): string[] {
  const list = (value: string | null) => (value ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  const forwarded = [...(headers.get("forwarded") ?? "").matchAll(/for="?\[?([^\]";,\s]+)/gi)].map((m) => m[1]!);
  const named = [...list(headers.get("x-forwarded-for")), ...list(headers.get("x-real-ip")), ...forwarded];
  // A Forwarded header without a readable `for=` names somebody we cannot place.
  if (headers.has("forwarded") && forwarded.length === 0) named.push("unknown");
  return named;
}

/** Compares in constant time (over digests, so that the length does not leak either). */
function sameSecret(sent: string, token: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(sent), digest(token));
}
