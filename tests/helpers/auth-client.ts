import NextAuth from "next-auth";
import { authOptions } from "@/auth/auth-options";

export type SetCookie = { name: string; value: string; secure: boolean; httpOnly: boolean; cleared: boolean };
export type AuthResponse = { status: number; body: unknown; location: string | null; cookies: SetCookie[] };

/**
 * A browser's side of next-auth, driven through next-auth's own handler (the
 * one app/api/auth/[...nextauth]/route.ts serves; here in its Node.js form,
 * which needs no Next.js request scope), with a cookie jar: log in with the
 * credentials form, ask /api/auth/session, log out.
 */
export class AuthClient {
  readonly jar = new Map<string, string>();

  constructor(private readonly headers: Record<string, string> = {}) {}

  async request(path: string, { method = "GET", body }: { method?: "GET" | "POST"; body?: Record<string, string> } = {}): Promise<AuthResponse> {
    const headers = new Map<string, unknown>();
    const response: AuthResponse = { status: 200, body: undefined, location: null, cookies: [] };
    const res = {
      status(code: number) { response.status = code; return res; },
      getHeader: (name: string) => headers.get(name.toLowerCase()),
      setHeader(name: string, value: unknown) { headers.set(name.toLowerCase(), value); return res; },
      json(value: unknown) { response.body = value; return res; },
      send(value: unknown) { response.body = value; return res; },
      end() { return res; },
    };
    const req = {
      query: { nextauth: path.split("/") },
      method,
      body: body ?? {},
      cookies: Object.fromEntries(this.jar),
      headers: { host: "localhost:3000", ...this.headers },
    };
    await (NextAuth as unknown as (req: unknown, res: unknown, options: unknown) => Promise<void>)(req, res, authOptions());
    const location = headers.get("location");
    response.location = typeof location === "string" ? location : null;
    if (response.body && typeof response.body === "object" && "url" in response.body) response.location = String(response.body.url);
    const setCookies = headers.get("set-cookie");
    response.cookies = (Array.isArray(setCookies) ? setCookies : setCookies ? [setCookies] : []).map((line: string) => parseSetCookie(line));
    for (const cookie of response.cookies) {
      if (cookie.cleared) this.jar.delete(cookie.name);
      else this.jar.set(cookie.name, cookie.value);
    }
    return response;
  }

  /** The error code the log-in form would see (null: logged in). */
  async logIn(email: string, password: string): Promise<string | null> {
    const response = await this.request("callback/credentials", { method: "POST", body: { email, password, csrfToken: await this.csrfToken(), json: "true" } });
    return response.location ? new URL(response.location).searchParams.get("error") : "no redirect";
  }

  /**
   * The second step of the two-step log-in, with the token that the password step answered
   * (`SecondStep:<token>`); the error code the form would see (null: logged in).
   */
  async secondStep(pendingLogin: string, code: string): Promise<string | null> {
    const response = await this.request("callback/two-step", { method: "POST", body: { pendingLogin, code, csrfToken: await this.csrfToken(), json: "true" } });
    return response.location ? new URL(response.location).searchParams.get("error") : "no redirect";
  }

  /** Both steps: the password, then (when asked for) `code()`. */
  async logInWithCode(email: string, password: string, code: () => string): Promise<string | null> {
    const first = await this.logIn(email, password);
    const token = /^SecondStep:(.+)$/.exec(first ?? "")?.[1];
    return token ? this.secondStep(token, code()) : first;
  }

  /** What /api/auth/session answers: an empty object when there is no session. */
  async session(): Promise<Record<string, unknown>> {
    return (await this.request("session")).body as Record<string, unknown>;
  }

  async logOut(): Promise<void> {
    await this.request("signout", { method: "POST", body: { csrfToken: await this.csrfToken(), json: "true" } });
  }

  sessionToken(): string | undefined {
    return this.jar.get("next-auth.session-token") ?? this.jar.get("__Secure-next-auth.session-token");
  }

  private async csrfToken(): Promise<string> {
    return ((await this.request("csrf")).body as { csrfToken: string }).csrfToken;
  }
}

function parseSetCookie(line: string): SetCookie {
  const [pair, ...attributes] = line.split(";").map((part) => part.trim());
  const at = pair!.indexOf("=");
  const name = pair!.slice(0, at);
  const value = decodeURIComponent(pair!.slice(at + 1));
  const lower = attributes.map((a) => a.toLowerCase());
  const cleared = value === "" || lower.includes("max-age=0") || lower.some((a) => a.startsWith("expires=") && new Date(a.slice(8)).getTime() < Date.now());
  return { name, value, secure: lower.includes("secure"), httpOnly: lower.includes("httponly"), cleared };
}
