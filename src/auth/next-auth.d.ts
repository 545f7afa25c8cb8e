import "next-auth/jwt";

declare module "next-auth/jwt" {
  interface JWT {
    schoolId?: string;
    /** The Session row this token stands for (src/auth/load-session-actor.ts). */
    sessionId?: string;
  }
}
