/**
 * Text that must not reach the database: a NUL character (PostgreSQL refuses
 * it in text, and a query would fail with a 500) or a lone UTF-16 surrogate
 * (`"\ud800"` in JSON: no character at all; the driver would silently store
 * U+FFFD instead).
 *
 * @example
 * isUnsafeText("Jan\u0000") //=> true
 * isUnsafeText("😀") //=> false (a surrogate pair is one character)
 */
export function isUnsafeText(text: string): boolean {
  return text.includes("\u0000") || LONE_SURROGATE.test(text);
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The path (`marks.0.pupilId`, `_` for the whole value) of the first key or
 * string in a parsed JSON value that is unsafe text; null when there is none.
 * Looks no deeper than `maxDepth` levels (see `isNestedDeeperThan`).
 */
export function findUnsafeText(value: unknown, maxDepth = MAX_JSON_DEPTH): string | null {
  return walk(value, [], maxDepth);
}

/** Nothing we accept is deeper than a few levels (`{ marks: [{ … }] }` is 3). */
export const MAX_JSON_DEPTH = 16;

/** Whether arrays and objects are nested more than `maxDepth` levels deep. */
export function isNestedDeeperThan(value: unknown, maxDepth = MAX_JSON_DEPTH): boolean {
  if (typeof value !== "object" || value === null) return false;
  if (maxDepth <= 0) return true;
  return Object.values(value).some((item) => isNestedDeeperThan(item, maxDepth - 1));
}

function walk(value: unknown, path: string[], depthLeft: number): string | null {
  const here = path.length > 0 ? path.join(".") : "_";
  if (typeof value === "string") return isUnsafeText(value) ? here : null;
  if (typeof value !== "object" || value === null || depthLeft < 0) return null;
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  for (const [key, item] of entries) {
    // The field name in the answer must itself be printable.
    if (isUnsafeText(key)) return [...path, key.replace(/[\u0000\ud800-\udfff]/g, "\uFFFD")].join(".");
    const found = walk(item, [...path, key], depthLeft - 1);
    if (found !== null) return found;
  }
  return null;
}
