import { ACTION_BODY_LIMIT } from "./body-limits";
import { crossOriginRefusal, isSafeMethod } from "./same-origin";

export type WriteRefusal = { status: 403 | 413 | 415; message: string };

// What a server action sends: a form (multipart), or its arguments as text when they are no FormData.
const ACTION_CONTENT_TYPES = new Set(["multipart/form-data", "text/plain"]);

/**
 * SECURITY-CRITICAL: a write to a page address is a server action (our pages
 * take no other POST). proxy.ts refuses it before Next.js reads it when:
 * - it comes from another site (403; Next.js's own check lets a request
 *   without Origin through, and answers a wrong one with a 500);
 * - its Content-Type is not one an action sends (415);
 * - its Content-Length is over ACTION_BODY_LIMIT (413; Next.js also stops
 *   reading a body over `serverActions.bodySizeLimit`, the same number, when
 *   the length was not declared).
 * Null: the request may go on. GET and HEAD always may.
 *
 * @example
 * pageWriteRefusal("POST", new Headers({ host: "app.nl", origin: "https://evil.example" })) //=> { status: 403, … }
 */
export function pageWriteRefusal(method: string, headers: Headers, { publicOrigin = null }: { publicOrigin?: string | null } = {}): WriteRefusal | null {
  if (isSafeMethod(method)) return null;
  const crossOrigin = crossOriginRefusal(method, headers, { publicOrigin });
  if (crossOrigin !== null) return { status: 403, message: crossOrigin };
  const type = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  if (!ACTION_CONTENT_TYPES.has(type)) return { status: 415, message: "Dit formulier is in een onbekende vorm verstuurd en is geweigerd." };
  const length = Number(headers.get("content-length") ?? 0);
  if (!Number.isFinite(length) || length > ACTION_BODY_LIMIT) {
    return { status: 413, message: `Dit formulier is te groot (meer dan ${ACTION_BODY_LIMIT / 1024} kB) en is geweigerd.` };
  }
  return null;
}
