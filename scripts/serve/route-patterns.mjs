import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * @typedef {{ page: string, regex: string }} TManifestRoute
 * @typedef {{ source: string, regex: string }} TManifestRewrite
 * @typedef {{ staticRoutes?: TManifestRoute[], dynamicRoutes?: TManifestRoute[],
 *   rewrites?: TManifestRewrite[] | { beforeFiles?: TManifestRewrite[], afterFiles?: TManifestRewrite[], fallback?: TManifestRewrite[] } }} TRoutesManifest
 */

/** The label of a path that is no route of the app: a fixed word, so that scanners cannot grow the metrics. */
export const UNMATCHED = "unmatched";

/**
 * The route pattern of a request's path, from Next.js's build output (`.next/routes-manifest.json`), read once
 * at start. Logs and metrics name the pattern (`/verzuim/leerling/[pupilId]`), never the path: ids in a path
 * can point at a person, and a label per id would grow the metrics without end (decision 166).
 *
 * @param {string} distDir Next.js's build folder
 * @returns {(pathname: string) => string}
 */
export function loadRoutePatterns(distDir) {
  /** @type {TRoutesManifest} */
  const manifest = JSON.parse(readFileSync(path.join(distDir, "routes-manifest.json"), "utf8"));
  return routePatterns(manifest);
}

/**
 * @param {TRoutesManifest} manifest
 * @returns {(pathname: string) => string} from a path without query string to its pattern, "unmatched" when none
 * @example routePatterns(manifest)("/verzuim/leerling/ck9x") // "/verzuim/leerling/[pupilId]"
 */
export function routePatterns(manifest) {
  const exact = new Map((manifest.staticRoutes ?? []).map((route) => [route.page, route.page]));
  const dynamic = (manifest.dynamicRoutes ?? []).map((route) => ({ pattern: route.page, regex: new RegExp(route.regex) }));
  // A rewritten address (`/docent/les/:lessonId` shows the register's page) is a route of its own to the visitor.
  const rewrites = Array.isArray(manifest.rewrites)
    ? manifest.rewrites
    : [...(manifest.rewrites?.beforeFiles ?? []), ...(manifest.rewrites?.afterFiles ?? []), ...(manifest.rewrites?.fallback ?? [])];
  const rewritten = rewrites.map((rewrite) => ({ pattern: rewritePattern(rewrite.source), regex: new RegExp(rewrite.regex) }));

  return (pathname) => {
    // Next.js's own files: one label each for its build's files and its image optimizer, whatever the file.
    if (pathname.startsWith("/_next/")) return pathname.startsWith("/_next/static/") ? "/_next/static" : pathname.startsWith("/_next/image") ? "/_next/image" : "/_next";
    const path = pagePath(pathname);
    const found = exact.get(path) ?? dynamic.find((route) => route.regex.test(path))?.pattern ?? rewritten.find((route) => route.regex.test(path))?.pattern;
    return found ?? UNMATCHED;
  };
}

/**
 * The page a path asks for: without a trailing slash, and without the suffixes of the router's own requests for
 * a page's data (`/verzuim.rsc`, `/verzuim.segments/….segment.rsc`, the home page as `/index.rsc`).
 * @param {string} pathname
 */
function pagePath(pathname) {
  const page = pathname.replace(/(\.segments\/.*|\.rsc)$/, "");
  if (page !== pathname && (page === "/index" || page === "")) return "/";
  return page.length > 1 && page.endsWith("/") ? page.slice(0, -1) : page;
}

/** `/docent/les/:lessonId` → `/docent/les/[lessonId]`, `/a/:rest*` → `/a/[...rest]`: written as the app's own routes are. */
/** @param {string} source */
function rewritePattern(source) {
  return source.replace(/:(\w+)[*+]/g, "[...$1]").replace(/:(\w+)\??/g, "[$1]");
}
