import "server-only";
import { cookies } from "next/headers";
import { encode } from "next-auth/jwt";
import { env, publicUrl } from "@/env";
import { SESSION_LIMITS } from "./session-limits";

const SESSION_SECONDS = SESSION_LIMITS.absoluteHours * 60 * 60;

/**
 * SECURITY-CRITICAL: writes the session cookie for a session started outside next-auth's log-in (the school
 * switch), exactly as next-auth writes its own: the same name, the same encrypted JWT with the person, the
 * school and the session's id (src/auth/auth-options.ts), the same cookie flags. Every request still checks
 * the session row (decision 100); the token only names it.
 */
export async function writeSessionCookie(session: { userId: string; name: string; email: string; schoolId: string; sessionId: string }): Promise<void> {
  const settings = env();
  const secure = publicUrl(settings)?.protocol === "https:";
  const name = `${secure ? "__Secure-" : ""}next-auth.session-token`;
  const token = await encode({
    token: { sub: session.userId, name: session.name, email: session.email, schoolId: session.schoolId, sessionId: session.sessionId },
    secret: settings.AUTH_SECRET,
    maxAge: SESSION_SECONDS,
  });
  const jar = await cookies();
  // A token over 4 kB is split by next-auth into ".0", ".1", …; ours never is, so old chunks must not linger.
  for (const cookie of jar.getAll()) if (cookie.name.startsWith(`${name}.`)) jar.delete(cookie.name);
  jar.set(name, token, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge: SESSION_SECONDS });
}
