import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { cache } from "react";
import { setRequestSchoolSource } from "@/db/tenant-context";
import { env } from "@/env";
import type { Actor } from "./load-actor";
import { loadSessionActor } from "./load-session-actor";

export type { Actor } from "./load-actor";

// next-auth's session cookie: "__Secure-" when the site runs on https; split in chunks ".0", ".1", … only when over 4 kB.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * SECURITY-CRITICAL: who is asking, and in which school. The school and the
 * session's id come from the signed and encrypted session token; the session
 * row and the roles are read from the database on every request (one
 * statement), so a log-out, an expired session, a revoked membership or a
 * deactivated user takes effect at once.
 *
 * The token is decoded with next-auth's own `decode` (decryption with
 * AUTH_SECRET, expiry checked), which is what `getServerSession` does first;
 * that also re-encrypts a fresh token for a cookie that a page or route
 * handler cannot set, which costs as much again on every request
 * (docs/decisions/051-register-throughput.md).
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const token = await sessionToken();
  const session = token ? await decodeSession(token) : null;
  return session ? loadSessionActor(session) : null;
});

/**
 * The school a request's queries act for under row-level security (src/db/tenant-context.ts): the one in
 * its session token, decoded without a query (and cached, like currentActor's). Only the school, not the
 * person: all of a school's teachers then share one connection setting. A token of a session that has
 * ended still names its school, but currentActor() then answers null and nothing is read.
 */
export async function requestSchoolId(): Promise<string | undefined> {
  const token = await sessionToken();
  return token ? (await decodeSession(token))?.schoolId : undefined;
}
setRequestSchoolSource(requestSchoolId);

type Session = { sessionId: string; userId: string; schoolId: string; expiresAt: number };

// Tokens decoded before, by their exact text: a teacher sends the same token all day, and decrypting it
// (a key derivation and AES-GCM) is the larger part of what a request costs before its own work.
// The expiry is checked on every use; a token that fails to decode is never kept. The cache only saves the
// decryption: whether the session still counts (logged out, idle, ended) is asked of the database every time.
const DECODED_MAX = 10_000;
const decoded = ((globalThis as { __aanwezigSessions?: Map<string, Session> }).__aanwezigSessions ??= new Map());

async function decodeSession(token: string): Promise<Session | null> {
  let session = decoded.get(token);
  if (!session) {
    const jwt = await decode({ token, secret: env().AUTH_SECRET }).catch(() => null);
    if (typeof jwt?.sub !== "string" || typeof jwt.schoolId !== "string" || typeof jwt.sessionId !== "string" || typeof jwt.exp !== "number") return null;
    session = { sessionId: jwt.sessionId, userId: jwt.sub, schoolId: jwt.schoolId, expiresAt: jwt.exp * 1000 };
    if (decoded.size >= DECODED_MAX) decoded.delete(decoded.keys().next().value!);
    decoded.set(token, session);
  }
  if (session.expiresAt <= Date.now()) {
    decoded.delete(token);
    return null;
  }
  return session;
}

async function sessionToken(): Promise<string | undefined> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) {
    const whole = jar.get(name)?.value;
    if (whole) return whole;
    const chunks = jar.getAll().filter((c) => c.name.startsWith(`${name}.`))
      .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
    if (chunks.length > 0) return chunks.map((c) => c.value).join("");
  }
  return undefined;
}
