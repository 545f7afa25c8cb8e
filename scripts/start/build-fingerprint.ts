import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

// What the production build is made from. When none of it changed since the
// last build, `npm start` serves that build instead of building again.
const INPUTS = ["app", "src", "public", "instrumentation.ts", "proxy.ts", "prisma/schema.prisma", "next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];
const STAMP = ".next/aanwezig-build-fingerprint";

export function buildFingerprint(root: string): string {
  const hash = createHash("sha256");
  const visit = (relative: string): void => {
    const full = path.join(root, relative);
    if (!existsSync(full)) return;
    const stat = statSync(full);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(full).sort()) {
        if (entry === "generated" || entry.endsWith(".test.ts")) continue;
        visit(path.join(relative, entry));
      }
      return;
    }
    hash.update(relative).update(String(stat.size)).update(String(stat.mtimeMs));
  };
  INPUTS.forEach(visit);
  return hash.digest("hex");
}

export function buildIsCurrent(root: string, fingerprint: string): boolean {
  const stamp = path.join(root, STAMP);
  return existsSync(path.join(root, ".next/BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === fingerprint;
}

export const BUILD_STAMP_PATH = STAMP;
