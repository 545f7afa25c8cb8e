import { randomUUID } from "node:crypto";

// The bench's browser: Node's fetch (undici, keep-alive), a session cookie,
// and the requests a teacher's browser makes. Every request is timed from
// sending to the last byte of the body.

export interface HttpResult {
  ok: boolean;
  status: number;
  ms: number;
  text: string;
  /** For a failed request: status or network error and the start of the body. */
  error?: string;
}

const TIMEOUT_MS = 30_000;

export async function timedFetch(url: string, init: RequestInit): Promise<HttpResult> {
  const started = performance.now();
  try {
    const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(TIMEOUT_MS) });
    const text = await response.text();
    const ms = performance.now() - started;
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status, ms, text };
    const where = response.headers.get("location");
    return { ok: false, status: response.status, ms, text, error: `${init.method ?? "GET"} ${pathOf(url)} → ${response.status}${where ? ` (to ${where})` : ""}: ${text.replace(/\s+/g, " ").slice(0, 160)}` };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, status: 0, ms: performance.now() - started, text: "", error: `${init.method ?? "GET"} ${pathOf(url)} → ${(error as Error).name}${cause ? ` ${cause}` : ""}: ${(error as Error).message}` };
  }
}

function pathOf(url: string): string {
  return new URL(url).pathname.replace(/[0-9a-f-]{36}/g, ":id");
}

/** Cookies as a browser keeps them: name → value, from Set-Cookie. */
function absorbCookies(jar: Map<string, string>, response: Response): void {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const eq = pair!.indexOf("=");
    if (eq > 0) jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
  }
}

function cookieHeader(jar: Map<string, string>): string {
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}

/**
 * Logs in through next-auth's credentials flow, as the log-in form does:
 * GET /api/auth/csrf, then POST /api/auth/callback/credentials. Returns the
 * Cookie header of the session.
 */
export async function logIn(baseUrl: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  absorbCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  absorbCookies(jar, response);
  await response.arrayBuffer();
  if (![...jar.keys()].some((name) => name.includes("session-token"))) {
    throw new Error(`log-in as ${email} failed (status ${response.status}, no session cookie)`);
  }
  return cookieHeader(jar);
}

/**
 * The pupils of the register as the page's HTML carries them: the server
 * component's props travel in the React flight data inside the HTML, where
 * quotes are escaped (`\"pupilId\":\"…\"`).
 */
export function pupilIdsInPage(html: string): string[] {
  const ids = new Set<string>();
  for (const match of html.matchAll(/pupilId\\*":\\*"([0-9a-f-]{36})/g)) ids.add(match[1]!);
  return [...ids];
}

export type Mark =
  | { pupilId: string; observation: "PRESENT"; onlyIfUnmarked: true }
  | { pupilId: string; observation: "ABSENT" }
  | { pupilId: string; observation: "LATE"; lateMinutes: number };

/** The JSON the register page sends: each mark with a fresh idempotency key and the moment of the teacher's action. */
export function marksBody(marks: Mark[], markedAt: Date): string {
  const at = markedAt.toISOString();
  return JSON.stringify({ marks: marks.map((mark) => ({ ...mark, idempotencyKey: randomUUID(), markedAt: at })) });
}

export type Outcome = "applied" | "replayed" | "stale" | "skipped" | "kept-decision";

export function outcomesOf(text: string): Outcome[] {
  try {
    return ((JSON.parse(text) as { results?: { outcome: Outcome }[] }).results ?? []).map((r) => r.outcome);
  } catch {
    return [];
  }
}
