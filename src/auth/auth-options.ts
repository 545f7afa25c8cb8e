import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { prisma } from "@/db/client";
import { env } from "@/env";
import { authenticate } from "./authenticate";

// A school day plus margin: a teacher logs in once in the morning.
const SESSION_SECONDS = 10 * 60 * 60;

/** Built on first use, so that importing this module reads no settings (next build, tests). */
export function authOptions(): NextAuthOptions {
  options ??= buildOptions();
  return options;
}

let options: NextAuthOptions | undefined;

function buildOptions(): NextAuthOptions {
  return {
    secret: env().AUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_SECONDS, updateAge: 60 * 60 },
    jwt: { maxAge: SESSION_SECONDS },
    pages: { signIn: "/inloggen", error: "/inloggen" },
    providers: [
      CredentialsProvider({
        name: "E-mail en wachtwoord",
        credentials: { email: { label: "E-mailadres", type: "email" }, password: { label: "Wachtwoord", type: "password" } },
        async authorize(credentials) {
          const user = await authenticate(credentials, { prisma });
          return user ? { id: user.id, name: user.name, email: user.email, schoolId: user.schoolId } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        // Only at sign-in does `user` exist: the school is fixed into the token then.
        if (user && "schoolId" in user && typeof user.schoolId === "string") token.schoolId = user.schoolId;
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, schoolId: token.schoolId };
      },
    },
    logger: {
      // next-auth logs a failed credentials log-in as an error; it is an everyday event.
      error(code, metadata) {
        if (code === "CREDENTIALS_SIGNIN_ERROR") return;
        console.error(`[next-auth] ${code}`, metadata);
      },
      warn() {},
      debug() {},
    },
  };
}
