import { describe, expect, it } from "vitest";

import { routePatterns, UNMATCHED } from "./route-patterns.mjs";

// Entries as `next build` writes them in .next/routes-manifest.json (Next.js 16), for a few of the app's routes.
const manifest = {
  staticRoutes: [
    { page: "/", regex: "^/(?:/)?$" },
    { page: "/verzuim", regex: "^/verzuim(?:/)?$" },
    { page: "/verzuim/leerling", regex: "^/verzuim/leerling(?:/)?$" },
    { page: "/api/metrics", regex: "^/api/metrics(?:/)?$" },
    { page: "/favicon.ico", regex: "^/favicon\\.ico(?:/)?$" },
  ],
  dynamicRoutes: [
    { page: "/api/auth/[...nextauth]", regex: "^/api/auth/(.+?)(?:/)?$" },
    { page: "/api/duo-reports/[id]/[format]", regex: "^/api/duo\\-reports/([^/]+?)/([^/]+?)(?:/)?$" },
    { page: "/verzuim/leerling/[pupilId]", regex: "^/verzuim/leerling/([^/]+?)(?:/)?$" },
    { page: "/verzuim/leerling/[pupilId]/rooster", regex: "^/verzuim/leerling/([^/]+?)/rooster(?:/)?$" },
  ],
  rewrites: {
    beforeFiles: [{ source: "/registreren", regex: "^/registreren(?:/)?$" }],
    afterFiles: [{ source: "/docent/les/:lessonId", regex: "^/docent/les(?:/([^/]+?))(?:/)?$" }],
    fallback: [],
  },
};

describe("routePatterns", () => {
  const routeOf = routePatterns(manifest);

  it("names a static route by itself", () => {
    expect(routeOf("/")).toBe("/");
    expect(routeOf("/verzuim/leerling")).toBe("/verzuim/leerling");
    expect(routeOf("/favicon.ico")).toBe("/favicon.ico");
  });

  it("names a dynamic route by its pattern, never by the id in the path", () => {
    expect(routeOf("/verzuim/leerling/cm3k9x2ab0001")).toBe("/verzuim/leerling/[pupilId]");
    expect(routeOf("/verzuim/leerling/cm3k9x2ab0001/rooster")).toBe("/verzuim/leerling/[pupilId]/rooster");
    expect(routeOf("/api/duo-reports/r1/json")).toBe("/api/duo-reports/[id]/[format]");
    expect(routeOf("/api/auth/callback/credentials")).toBe("/api/auth/[...nextauth]");
  });

  it("prefers a static route over a dynamic one that also matches", () => {
    expect(routePatterns({ ...manifest, staticRoutes: [{ page: "/verzuim/leerling/nieuw", regex: "^/verzuim/leerling/nieuw(?:/)?$" }] })("/verzuim/leerling/nieuw")).toBe("/verzuim/leerling/nieuw");
  });

  it("names a rewritten address by its source, written as a route", () => {
    expect(routeOf("/docent/les/lesson-42")).toBe("/docent/les/[lessonId]");
    expect(routeOf("/registreren")).toBe("/registreren");
  });

  it("ignores a trailing slash and the router's data suffixes", () => {
    expect(routeOf("/verzuim/")).toBe("/verzuim");
    expect(routeOf("/verzuim/leerling/abc.rsc")).toBe("/verzuim/leerling/[pupilId]");
    expect(routeOf("/index.rsc")).toBe("/");
    expect(routeOf("/verzuim.segments/_tree.segment.rsc")).toBe("/verzuim");
  });

  it("groups Next.js's own files", () => {
    expect(routeOf("/_next/static/chunks/app/page-0a1b2c.js")).toBe("/_next/static");
    expect(routeOf("/_next/image")).toBe("/_next/image");
    expect(routeOf("/_next/webpack-hmr")).toBe("/_next");
  });

  it("calls every other path unmatched, so that a scanner cannot grow the metrics", () => {
    for (const path of ["/wp-login.php", "/verzuim/leerling/a/b/c", "/api/metrics/extra", "/.env"]) expect(routeOf(path)).toBe(UNMATCHED);
  });
});
