import { createHash, randomBytes } from "node:crypto";

/** How long an invitation or reset link works. */
export const INVITATION_HOURS = 72;

/** 32 random bytes, base64url: 43 characters, the only shape a link's token has. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** A new link token and the SHA-256 that the database keeps (never the token itself). */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

/** SHA-256 of a token: with 256 random bits a slow hash adds nothing (as for the log-in's PendingLogin). */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export function isInvitationTokenShape(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

/**
 * The link to pass on. The token travels in the fragment (#…), which browsers
 * never send to a server: it is in no access log, no proxy log and no Referer.
 */
export function invitationLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/uitnodiging#${token}`;
}
