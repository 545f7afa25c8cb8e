/**
 * SECURITY-CRITICAL: where the browser may be sent after logging in. An open
 * redirect (`/inloggen?callbackUrl=//attacker.example`) turns our log-in page
 * into a phishing tool: the address bar shows our site, the person types
 * their password, and lands on a look-alike.
 *
 * Returns a path on our own site (`/…`, with its query and fragment), or null
 * when `target` is anything else. Refused, among others:
 * - `//host/…` and `/\host/…` (browsers read both as another host), also when
 *   percent-encoded (`/%2F%2Fhost`, `/%5Chost`) or hidden by a tab or newline
 *   (`/\t/host`: browsers strip those from addresses before reading them);
 * - any control character, space or backslash, raw or encoded;
 * - `javascript:`, `data:` and every absolute URL whose origin is not exactly
 *   `origin` (scheme, host and port).
 *
 * @example
 * safeRedirectPath("/verzuim/signalen?x=1", "https://app.school.nl") //=> "/verzuim/signalen?x=1"
 * safeRedirectPath("https://app.school.nl/ouder", "https://app.school.nl") //=> "/ouder"
 * safeRedirectPath("/%5Cattacker.example/", "https://app.school.nl") //=> null
 */
export function safeRedirectPath(target: string | null | undefined, origin: string): string | null {
  if (typeof target !== "string" || target === "" || target.length > MAX_LENGTH || UNSAFE_CHARACTER.test(target)) return null;
  const path = target.startsWith("/") ? target : sameOriginPath(target, origin);
  if (path === null || !isPlainLocalPath(path)) return null;
  // Every decoded form must be a plain local path too: some layer (a proxy, a framework, a later
  // redirect) may decode once more before a browser reads it.
  let decoded = path;
  for (let round = 0; round < MAX_DECODING_ROUNDS; round++) {
    const next = decodeOnce(decoded);
    if (next === decoded) break;
    if (!isLocalDecodedPath(next)) return null;
    decoded = next;
  }
  let resolved: URL;
  try {
    resolved = new URL(path, origin);
  } catch {
    return null;
  }
  const result = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // Resolving dot segments can make a new "//" (`/.//host` becomes `//host`): check what we hand out.
  return resolved.origin === origin && isPlainLocalPath(result) ? result : null;
}

const MAX_LENGTH = 2048;
const MAX_DECODING_ROUNDS = 5;

// Control characters (C0, DEL, C1), the space and the backslash.
 
const UNSAFE_CHARACTER = /[\u0000-\u0020\u007f-\u009f\\]/;

/** Starts with exactly one "/" (not "//", not "/\\"), and holds no unsafe character. */
function isPlainLocalPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !UNSAFE_CHARACTER.test(path);
}

/**
 * A decoded form may hold a space or a backslash further on (`?q=jan de vries`), but must still
 * start with one "/" and no more, and hold no control character (`/%09/host` decodes to a tab).
 */
function isLocalDecodedPath(path: string): boolean {
   
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && !/[\u0000-\u001f\u007f]/.test(path);
}

/**
 * Decodes every `%XX` as one byte. Everything this module looks for ("/", "\\", control characters)
 * is ASCII, and unlike decodeURIComponent this never gives up on a malformed escape elsewhere
 * (`?q=%` in a search term) and so never lets one hide an encoded prefix.
 */
function decodeOnce(value: string): string {
  return value.replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The path of an absolute URL on exactly `origin`; null for any other origin or scheme. */
function sameOriginPath(target: string, origin: string): string | null {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return null;
  }
  // The raw text must itself start with the origin: `https://app.school.nl\t@evil` and other forms
  // that the URL parser cleans up are refused rather than repaired.
  if (url.origin !== origin || !(target === origin || target.startsWith(`${origin}/`))) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
