import { type NextRequest, NextResponse } from "next/server";
import { env } from "@/env";
import { COMMON_SECURITY_HEADERS, createNonce, HSTS, pageContentSecurityPolicy } from "@/http/security-headers";
import { staticPageHashes, type StaticPageHashes } from "@/http/static-page-hashes";
import { hasNulByte, invalidAddressResponse } from "@/http/invalid-address";
import { pageWriteRefusal } from "@/http/page-write-refusal";
import { publicOrigin, servedOverHttps } from "@/http/public-origin";
import { REQUEST_PATH_HEADER } from "@/http/request-path-header";
import { zodJitlessScriptHash } from "@/http/zod-jitless-script";

/**
 * Every page passes here (not the API routes and static files: next.config.ts
 * gives those their headers, and the register's API stays as cheap as it was).
 * It sets the security headers with a fresh CSP nonce, tells the page which
 * address was asked for (for the way back after logging in), and refuses an
 * address with a NUL byte and a server action from another site, of the wrong
 * type or too large (src/http/page-write-refusal.ts). No database, no session:
 * this is no authorization boundary (every page and action authorizes itself)
 * and it runs on every page.
 * docs/decisions/105-http-hardening.md.
 */
export function proxy(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  if (hasNulByte(pathname) || hasNulByte(search)) return invalidAddressResponse(securityHeaders(null));
  const refusal = pageWriteRefusal(request.method, request.headers, { publicOrigin: publicOrigin() });
  if (refusal) {
    return new NextResponse(refusal.message, {
      status: refusal.status,
      headers: { ...securityHeaders(null), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }

  // The register shell is prerendered (decision 053): served as built, with no nonce in it and
  // nothing to tell it. Its inline scripts are allowed by hash.
  if (REGISTER_SHELL.test(pathname)) return withHeaders(NextResponse.next(), securityHeaders(null));

  const nonce = createNonce();
  const headers = securityHeaders(nonce);
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  requestHeaders.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

export const config = {
  matcher: ["/((?!api/|_next/static/|_next/image|favicon\\.ico|icon\\.svg).*)"],
};

const REGISTER_SHELL = /^\/(?:registreren|docent\/les\/[^/]+)\/?$/;

let hashes: StaticPageHashes | undefined;
let https: boolean | undefined;

function securityHeaders(nonce: string | null): Record<string, string> {
  // The zod script's hash is known without a build (next dev); the built pages hold it as well.
  hashes ??= withScript(staticPageHashes(), zodJitlessScriptHash());
  https ??= servedOverHttps();
  const policy = pageContentSecurityPolicy({
    nonce,
    inlineScriptHashes: hashes.scripts,
    inlineStyleHashes: hashes.styles,
    https,
    development: env().NODE_ENV === "development",
  });
  return { ...COMMON_SECURITY_HEADERS, "Content-Security-Policy": policy, ...(https ? { "Strict-Transport-Security": HSTS } : {}) };
}

function withScript(found: StaticPageHashes, hash: string): StaticPageHashes {
  return { ...found, scripts: [...new Set([...found.scripts, hash])] };
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
