/**
 * SECURITY-CRITICAL: the headers every page carries (set by proxy.ts), and
 * the part of them that API routes and static files carry too (next.config.ts).
 * Why each one: docs/decisions/105-http-hardening.md.
 */

/** Headers that are the same on every response. */
export const COMMON_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  // Our addresses hold ids of pupils and lessons: another site learns only our origin.
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  // Older browsers that do not know frame-ancestors.
  "X-Frame-Options": "DENY",
};

/** JSON and files: nothing in them may run, load anything or be framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const HSTS = "max-age=63072000; includeSubDomains";

/**
 * The policy of every page. Scripts: our own files ('self'), inline scripts
 * with this response's nonce (Next.js adds it to its own when it renders a
 * page), and inline scripts with one of `inlineScriptHashes` (those of the
 * pages prerendered at build time, which have no nonce: the register shell,
 * decision 053). Never 'unsafe-inline' for scripts.
 *
 * @example
 * pageContentSecurityPolicy({ nonce: "abc", inlineScriptHashes: ["sha256-x"], https: false, development: false })
 * //=> "default-src 'self'; script-src 'self' 'nonce-abc' 'sha256-x'; …"
 */
export function pageContentSecurityPolicy(options: {
  nonce: string | null;
  inlineScriptHashes: readonly string[];
  inlineStyleHashes?: readonly string[];
  https: boolean;
  development: boolean;
}): string {
  const { nonce, inlineScriptHashes, inlineStyleHashes = [], https, development } = options;
  const nonceSource = nonce ? [`'nonce-${nonce}'`] : [];
  const scripts = ["'self'", ...nonceSource, ...inlineScriptHashes.map((hash) => `'${hash}'`)];
  // React's development build evaluates code to show server errors in the browser (Next.js documents this).
  if (development) scripts.push("'unsafe-eval'");
  // Development injects <style> tags without a nonce; the production build's styles are files.
  const styles = development ? ["'self'", "'unsafe-inline'"] : ["'self'", ...nonceSource, ...inlineStyleHashes.map((hash) => `'${hash}'`)];
  const directives = [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    `style-src ${styles.join(" ")}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce (128 bits, base64) for one response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
