import { createHash } from "node:crypto";

/**
 * An inline script at the top of every page (app/layout.tsx) that tells zod,
 * before any schema is built in the browser, not to compile parsers with
 * `new Function`. Without it zod probes for that on load, and under our policy
 * (no 'unsafe-eval') each probe is a CSP violation, caught by zod but reported
 * all the same. Allowed by its hash (below): it carries no nonce, so that the
 * prerendered register shell can carry it too (decision 105).
 */
export const ZOD_JITLESS_SCRIPT = "globalThis.__zod_globalConfig=Object.assign(globalThis.__zod_globalConfig||{},{jitless:true});";

/** The script's CSP source, 'sha256-…' without the quotes. Node.js only: proxy.ts. */
export function zodJitlessScriptHash(): string {
  return `sha256-${createHash("sha256").update(ZOD_JITLESS_SCRIPT, "utf8").digest("base64")}`;
}
