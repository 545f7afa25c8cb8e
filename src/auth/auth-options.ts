import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "@/db/client";
import { env, publicUrl } from "@/env";
import { authenticate, TooManyAttemptsError } from "./authenticate";
import { clientAddress } from "./client-address";
import { loadSessionActor } from "./load-session-actor";
import { SECOND_STEP_CODES, secondStepCode, tooManyAttemptsCode } from "./login-messages";
import { completeSecondStep, startPendingLogin } from "./mfa/server/pending-login";
import { SESSION_LIMITS } from "./session-limits";
import { endSession } from "./server/end-session";
import { startSession } from "./server/start-session";
import { log } from "@/observability/log";

// The token lives as long as a session can (its absolute end); whether the session still counts is the
// Session row's to say, on every request (docs/decisions/100-server-side-sessions.md).
const SESSION_SECONDS = SESSION_LIMITS.absoluteHours * 60 * 60;

/** Built on first use, so that importing this module reads no settings (next build, tests). */
export function authOptions(): NextAuthOptions {
  options ??= buildOptions();
  return options;
}

let options: NextAuthOptions | undefined;

/** A session whose row says it is over: next-auth's session endpoint then answers "no session" and clears the cookie. */
class SessionEndedError extends Error {
  override name = "SessionEndedError";
}

function buildOptions(): NextAuthOptions {
  const settings = env();
  return {
    secret: settings.AUTH_SECRET,
    // `Secure` cookies whenever people open the app on https (PUBLIC_URL), whatever address the app itself listens on.
    useSecureCookies: publicUrl(settings)?.protocol === "https:",
    session: { strategy: "jwt", maxAge: SESSION_SECONDS, updateAge: 60 * 60 },
    jwt: { maxAge: SESSION_SECONDS },
    pages: { signIn: "/inloggen", error: "/inloggen" },
    providers: [
      CredentialsProvider({
        name: "E-mail en wachtwoord",
        credentials: { email: { label: "E-mailadres", type: "email" }, password: { label: "Wachtwoord", type: "password" } },
        async authorize(credentials, request) {
          const headers = request?.headers ?? {};
          try {
            const user = await authenticate(credentials, { prisma, clientAddress: clientAddress(headers, { trustProxy: settings.TRUST_PROXY }) });
            if (!user) return null;
            // The second step comes first (docs/decisions/116-two-step-login.md): no session yet, only its proof.
            if (user.twoStep) throw new Error(secondStepCode(await startPendingLogin({ prisma, userId: user.id, schoolId: user.schoolId, email: user.email })));
            const userAgent = typeof headers["user-agent"] === "string" ? headers["user-agent"] : null;
            const sessionId = await startSession({ schoolId: user.schoolId, userId: user.id, userAgent });
            return { id: user.id, name: user.name, email: user.email, schoolId: user.schoolId, sessionId };
          } catch (error) {
            // next-auth passes a thrown error's message to the log-in form as its error code.
            if (error instanceof TooManyAttemptsError) throw new Error(tooManyAttemptsCode(error.retryAfterSeconds));
            throw error;
          }
        },
      }),
      CredentialsProvider({
        id: "two-step",
        name: "Tweestapsverificatie",
        credentials: { pendingLogin: { type: "hidden" }, code: { label: "Code", type: "text" } },
        async authorize(credentials, request) {
          const headers = request?.headers ?? {};
          const result = await completeSecondStep(
            { token: credentials?.pendingLogin, code: credentials?.code },
            { prisma, clientAddress: clientAddress(headers, { trustProxy: settings.TRUST_PROXY }) },
          );
          if (result.kind === "too-many") throw new Error(tooManyAttemptsCode(result.retryAfterSeconds));
          if (result.kind !== "ok") throw new Error(SECOND_STEP_CODES[result.kind]);
          const userAgent = typeof headers["user-agent"] === "string" ? headers["user-agent"] : null;
          const { user } = result;
          const sessionId = await startSession({ schoolId: user.schoolId, userId: user.id, userAgent });
          return { id: user.id, name: user.name, email: user.email, schoolId: user.schoolId, sessionId };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        // At sign-in (`user` exists) the school and the session are fixed into the token.
        if (user) {
          if ("schoolId" in user && typeof user.schoolId === "string") token.schoolId = user.schoolId;
          if ("sessionId" in user && typeof user.sessionId === "string") token.sessionId = user.sessionId;
          return token;
        }
        // Otherwise this is /api/auth/session renewing the token: only for a session that still counts.
        const claims = claimsOf(token);
        if (!claims || !(await loadSessionActor(claims))) throw new SessionEndedError();
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, schoolId: token.schoolId };
      },
    },
    events: {
      async signOut({ token }) {
        const claims = claimsOf(token);
        if (claims) await endSession(claims);
      },
    },
    logger: {
      error(code, metadata) {
        // A failed credentials log-in and a session that has ended (logged out, expired) are everyday events.
        if (code === "CREDENTIALS_SIGNIN_ERROR" || metadata instanceof SessionEndedError) return;
        // Only the error: next-auth's metadata can hold what was typed in the log-in form.
        log.error(`next-auth: ${code}`, { error: metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error });
      },
      warn() {},
      debug() {},
    },
  };
}

function claimsOf(token: { sub?: string; schoolId?: string; sessionId?: string } | null | undefined) {
  if (typeof token?.sub !== "string" || typeof token.schoolId !== "string" || typeof token.sessionId !== "string") return null;
  return { userId: token.sub, schoolId: token.schoolId, sessionId: token.sessionId };
}
