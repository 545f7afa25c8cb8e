import { randomUUID } from "node:crypto";
import http from "node:http";
import zlib from "node:zlib";

// The bench's browser: Node's http client with keep-alive (lighter than fetch,
// so that the load generator takes less of the machine it shares with the app;
// docs/decisions/051-register-throughput.md), gzip accepted and unpacked as a
// browser does, a session cookie, and the requests a teacher's browser makes.
// Every request is timed from sending to the last byte of the body.

export interface HttpResult {
  ok: boolean;
  status: number;
  ms: number;
  text: string;
  /** For a failed request: status or network error and the start of the body. */
  error?: string;
}

const TIMEOUT_MS = 30_000;
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

export async function timedFetch(url: string, init: { method?: string; headers?: Record<string, string>; body?: string }): Promise<HttpResult> {
  const started = performance.now();
  const method = init.method ?? "GET";
  try {
    const { status, location, text } = await send(url, method, init.headers ?? {}, init.body);
    const ms = performance.now() - started;
    if (status >= 200 && status < 300) return { ok: true, status, ms, text };
    return { ok: false, status, ms, text, error: `${method} ${pathOf(url)} → ${status}${location ? ` (to ${location})` : ""}: ${text.replace(/\s+/g, " ").slice(0, 160)}` };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, status: 0, ms: performance.now() - started, text: "", error: `${method} ${pathOf(url)} → ${(error as Error).name}${code ? ` ${code}` : ""}: ${(error as Error).message}` };
  }
}

function send(url: string, method: string, headers: Record<string, string>, body: string | undefined): Promise<{ status: number; location?: string; text: string }> {
  return new Promise((resolve, reject) => {
    // A browser sends its Origin on every write; the server refuses a write without one (decision 106).
    const origin = method === "GET" ? {} : { origin: new URL(url).origin };
    const request = http.request(url, { method, agent, headers: { "accept-encoding": "gzip", ...origin, ...headers }, timeout: TIMEOUT_MS }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const raw = Buffer.concat(chunks);
        const done = (buffer: Buffer) => resolve({ status: response.statusCode ?? 0, location: response.headers.location, text: buffer.toString("utf8") });
        if (response.headers["content-encoding"] === "gzip") zlib.gunzip(raw, (error, buffer) => (error ? reject(error) : done(buffer)));
        else done(raw);
      });
    });
    request.on("timeout", () => request.destroy(Object.assign(new Error(`no answer within ${TIMEOUT_MS} ms`), { name: "TimeoutError" })));
    request.on("error", reject);
    request.end(body);
  });
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
export async function logIn(baseUrl: string, email: string, password: string, { secondStepCode }: { secondStepCode?: () => string } = {}): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  absorbCookies(jar, csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const post = async (provider: string, fields: Record<string, string>) => {
    const response = await fetch(`${baseUrl}/api/auth/callback/${provider}`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookieHeader(jar) },
      body: new URLSearchParams({ csrfToken, ...fields, json: "true" }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    absorbCookies(jar, response);
    return { status: response.status, text: await response.text() };
  };
  const hasSession = () => [...jar.keys()].some((name) => name.includes("session-token"));
  let answer = await post("credentials", { email, password });
  // A role with the two-step log-in (decision 116) answers with the error code `SecondStep:<token>`; the form then sends the code.
  const token = /SecondStep(?::|%3A)([A-Za-z0-9_-]{20,100})/.exec(answer.text)?.[1];
  if (!hasSession() && token && secondStepCode) answer = await post("two-step", { pendingLogin: token, code: secondStepCode() });
  if (!hasSession()) throw new Error(`log-in as ${email} failed (status ${answer.status}, no session cookie${token && !secondStepCode ? "; the account asks for a second step" : ""})`);
  return cookieHeader(jar);
}

/**
 * Opening a register as a browser does: the page at /docent/les/:id (a static
 * shell, the same for every lesson), then the register and the header's viewer
 * from the API, which is what the page asks first. Timed together, from the
 * first request to the last byte of the second; `text` is the API's answer.
 */
export async function openRegister(baseUrl: string, lessonId: string, cookie: string): Promise<HttpResult> {
  const started = performance.now();
  const page = await timedFetch(`${baseUrl}/docent/les/${lessonId}`, { headers: { cookie } });
  if (!page.ok) return page;
  const data = await timedFetch(`${baseUrl}/api/lessons/${lessonId}/register?viewer=1`, { headers: { cookie } });
  return { ...data, ms: performance.now() - started };
}

/** The pupils of a register, from the API's answer. */
export function pupilIdsOf(registerJson: string): string[] {
  const register = JSON.parse(registerJson) as { pupils?: { pupilId: string }[] };
  return (register.pupils ?? []).map((pupil) => pupil.pupilId);
}

export type Mark =
  | { pupilId: string; observation: "PRESENT"; onlyIfUnmarked: true }
  | { pupilId: string; observation: "ABSENT" }
  | { pupilId: string; observation: "LATE"; lateMinutes: number };

/**
 * The JSON the register page sends: each mark with a fresh idempotency key and
 * the moment of the teacher's action; the page also asks for the register back
 * (`withRegister`), the issue's bare register does not.
 */
export function marksBody(marks: Mark[], markedAt: Date, withRegister = false): string {
  const at = markedAt.toISOString();
  return JSON.stringify({ marks: marks.map((mark) => ({ ...mark, idempotencyKey: randomUUID(), markedAt: at })), ...(withRegister ? { withRegister } : {}) });
}

export type Outcome = "applied" | "replayed" | "stale" | "skipped" | "kept-decision";

export function outcomesOf(text: string): Outcome[] {
  try {
    return ((JSON.parse(text) as { results?: { outcome: Outcome }[] }).results ?? []).map((r) => r.outcome);
  } catch {
    return [];
  }
}
