// Node.js only (the file system): used by proxy.ts, which Next.js 16 runs in Node.js. No "server-only" here: the proxy is not a React server module.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type StaticPageHashes = { scripts: string[]; styles: string[] };

/**
 * The CSP hashes ('sha256-…') of the inline scripts and styles in the pages
 * that `next build` prerendered (the register shell, the not-found page): those
 * pages are served as built, without a per-response nonce, so the page policy
 * allows their inline scripts by hash instead. Read once per process from the
 * build's own HTML files, so they always match the build that is served.
 * Without a build (next dev) there are none: every page is rendered with a nonce.
 */
export function staticPageHashes(directory = path.join(process.cwd(), ".next/server/app")): StaticPageHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const file of htmlFiles(directory)) {
    const html = readFileSync(file, "utf8");
    for (const [, attributes, body] of html.matchAll(INLINE_SCRIPT)) {
      if (!/\ssrc=/.test(attributes ?? "")) scripts.add(sha256(body ?? ""));
    }
    for (const [, body] of html.matchAll(INLINE_STYLE)) styles.add(sha256(body ?? ""));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}

// Next.js escapes "</" inside its inline scripts, so the first closing tag ends each one.
const INLINE_SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi;

function sha256(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

function htmlFiles(directory: string): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith(".html") ? [full] : [];
  });
}
