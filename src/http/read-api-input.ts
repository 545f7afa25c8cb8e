import { AppError } from "@/errors/app-error";
import { JSON_BODY_LIMIT } from "./body-limits";
import { readLimitedBody } from "./read-limited-body";
import { crossOriginRefusal } from "./same-origin";
import { findUnsafeText, isNestedDeeperThan, isUnsafeText, MAX_JSON_DEPTH } from "./unsafe-text";


export type ApiInputOptions = {
  /** Bytes; JSON_BODY_LIMIT unless given. */
  limit?: number;
  /** PUBLIC_URL's origin (src/http/public-origin.ts), accepted as ours besides the request's own. */
  publicOrigin?: string | null;
};

/**
 * SECURITY-CRITICAL: what every API route does with a request before its
 * input is parsed by zod. Throws an AppError that the route answers with:
 * - CROSS_ORIGIN (403): another site's Origin, or a write without Origin nor
 *   `Sec-Fetch-Site: same-origin` (src/http/same-origin.ts);
 * - INVALID_INPUT (400): a NUL or lone surrogate in the query string, a path
 *   parameter, a JSON key or value; malformed percent-encoding, UTF-8 or JSON;
 *   JSON that is not an object or is nested deeper than MAX_JSON_DEPTH;
 * - UNSUPPORTED_MEDIA_TYPE (415): a body that is not `application/json`;
 * - TOO_LARGE (413): a body over `limit` bytes, counted while reading (a
 *   missing or false Content-Length does not help).
 * GET/HEAD: the query string is the input; other methods: the JSON object body.
 */
export async function readApiInput(
  request: Request,
  params: Record<string, string | string[]>,
  { limit = JSON_BODY_LIMIT, publicOrigin = null }: ApiInputOptions = {},
): Promise<Record<string, unknown>> {
  const query = checkApiRequest(request, params, { publicOrigin });
  if (request.method === "GET" || request.method === "HEAD") return query;
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "De inhoud moet JSON zijn (Content-Type: application/json).");
  }
  const text = await readText(request, limit);
  let body: unknown;
  try {
    body = text === "" ? {} : JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", "De inhoud is geen geldige JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new AppError("INVALID_INPUT", "De inhoud moet een JSON-object zijn.");
  }
  if (isNestedDeeperThan(body)) {
    throw new AppError("INVALID_INPUT", `De inhoud is te diep genest (meer dan ${MAX_JSON_DEPTH} niveaus).`);
  }
  const unsafe = findUnsafeText(body);
  if (unsafe !== null) throw unsafeTextError(unsafe);
  return body as Record<string, unknown>;
}

/**
 * The checks without a body: origin, query string and path parameters (also
 * for routes that answer files). Returns the query string as an object.
 */
export function checkApiRequest(
  request: Request,
  params: Record<string, string | string[]>,
  { publicOrigin = null }: Pick<ApiInputOptions, "publicOrigin"> = {},
): Record<string, string> {
  const refusal = crossOriginRefusal(request.method, request.headers, { publicOrigin });
  if (refusal) throw new AppError("CROSS_ORIGIN", refusal);
  const query = queryOf(request.url);
  for (const [name, value] of Object.entries(params)) {
    if ((Array.isArray(value) ? value : [value]).some(isUnsafeText)) throw unsafeTextError(name);
  }
  return query;
}

function unsafeTextError(field: string): AppError {
  return new AppError("INVALID_INPUT", "De invoer bevat een ongeldig teken (een NUL-teken of een losse surrogaat).", {
    [field]: ["Bevat een ongeldig teken."],
  });
}

/** The query string as an object; strict: malformed percent-encoding or UTF-8 is refused, not replaced. */
function queryOf(url: string): Record<string, string> {
  const search = new URL(url).search.slice(1);
  const query: Record<string, string> = {};
  if (search === "") return query;
  for (const pair of search.split("&")) {
    if (pair === "") continue;
    const [rawKey = "", ...rest] = pair.split("=");
    const key = strictDecode(rawKey);
    const value = strictDecode(rest.join("="));
    if (isUnsafeText(key) || isUnsafeText(value)) throw unsafeTextError(isUnsafeText(key) ? "_" : key);
    query[key] = value;
  }
  return query;
}

function strictDecode(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll("+", " "));
  } catch {
    throw new AppError("INVALID_INPUT", "Het adres bevat een ongeldige codering.");
  }
}

/** Reads the body as UTF-8, at most `limit` bytes; stops reading as soon as it is over. */
async function readText(request: Request, limit: number): Promise<string> {
  const body = await readLimitedBody(request, limit, () => tooLarge(limit));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new AppError("INVALID_INPUT", "De inhoud is geen geldige UTF-8.");
  }
}

function tooLarge(limit: number): AppError {
  return new AppError("TOO_LARGE", `De inhoud is te groot (meer dan ${Math.round(limit / 1024)} kB).`);
}
