import { createHash, timingSafeEqual } from "node:crypto";

import { REMOTE_ADDRESS_HEADER } from "@/auth/client-address";

export type TMetricsAccess = { allowed: true } | { allowed: false; status: 401 | 403; reason: string };

/** Headers a proxy adds: a request that carries one came through a proxy, whatever the connection's address. */
const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-real-ip"];
const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|::ffff:127(?:\.\d{1,3}){3})$/;

/**
 * SECURITY-CRITICAL: who may read GET /api/metrics (docs/decisions/162-health-readiness-metrics.md).
 *
 * With a token (METRICS_TOKEN) only `Authorization: Bearer <token>`, from anywhere: a proxy on the same machine
 * makes every visitor look local, so the address then counts for nothing. Without a token only a connection
 * from this machine (the address scripts/serve.mjs puts on every request, overwriting what a client sent) that
 * carries no proxy's forwarding header.
 *
 *   metricsAccess(new Headers({ authorization: "Bearer wrong" }), { token: "s3cret…" }) // → 401
 */
export function metricsAccess(headers: Headers, { token }: { token: string | undefined }): TMetricsAccess {
  if (token !== undefined) {
    const sent = /^Bearer\s+(\S+)\s*$/i.exec(headers.get("authorization") ?? "")?.[1];
    if (sent !== undefined && sameSecret(sent, token)) return { allowed: true };
    return { allowed: false, status: 401, reason: "a valid bearer token is required" };
  }
  const forwarded = FORWARDING_HEADERS.some((name) => headers.has(name));
  const address = headers.get(REMOTE_ADDRESS_HEADER) ?? "";
  if (!forwarded && LOOPBACK.test(address)) return { allowed: true };
  return { allowed: false, status: 403, reason: "metrics are served only to this machine unless METRICS_TOKEN is set" };
}

/** Compares in constant time (over digests, so that the length does not leak either). */
function sameSecret(sent: string, token: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(sent), digest(token));
}
