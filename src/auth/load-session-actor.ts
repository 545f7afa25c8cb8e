import { sql, statement } from "@/db/sql";
import { type Actor, type ActorRow, toActor, UUID } from "./load-actor";
import { DB_NOW, SESSION_LIMITS } from "./session-limits";

export type SessionClaims = { sessionId: string; userId: string; schoolId: string };

// One statement per request (docs/decisions/051, 100): the session row, the membership and the person
// together. The session counts only when it is not revoked, not idle too long, not past its absolute end,
// and started after the last "end every session" of the user and of the membership. The second part
// writes lastSeenAt only when it is older than a few minutes, so most requests write nothing.
const SESSION_ACTOR = statement("load-session-actor", `
  WITH actor AS (
    SELECT ses."lastSeenAt", m."roles"::text[] AS "roles", u."name", u."email", u."totpEnabledAt" IS NOT NULL AS "twoStepEnabled", s."name" AS "schoolName", s."timeZone", s."teacherCorrectionDays",
      (SELECT st."id" FROM "Staff" st WHERE st."schoolId" = m."schoolId" AND st."userId" = m."userId") AS "staffId",
      (SELECT g."id" FROM "Guardian" g WHERE g."schoolId" = m."schoolId" AND g."userId" = m."userId") AS "guardianId"
    FROM "Session" ses
    JOIN "Membership" m ON m."schoolId" = ses."schoolId" AND m."userId" = ses."userId"
    JOIN "User" u ON u."id" = ses."userId"
    JOIN "School" s ON s."id" = ses."schoolId"
    WHERE ses."schoolId" = $1::uuid AND ses."id" = $2::uuid AND ses."userId" = $3::uuid
      AND ses."revokedAt" IS NULL
      AND ses."expiresAt" > ${DB_NOW}
      AND ses."lastSeenAt" > ${DB_NOW} - interval '${SESSION_LIMITS.idleMinutes} minutes'
      AND (u."sessionsValidAfter" IS NULL OR ses."createdAt" > u."sessionsValidAfter")
      AND (m."sessionsValidAfter" IS NULL OR ses."createdAt" > m."sessionsValidAfter")
      AND m."active" AND u."active" AND cardinality(m."roles") > 0
  ), touched AS (
    UPDATE "Session" t SET "lastSeenAt" = ${DB_NOW}
    FROM actor
    WHERE t."schoolId" = $1::uuid AND t."id" = $2::uuid
      AND actor."lastSeenAt" <= ${DB_NOW} - interval '${SESSION_LIMITS.touchMinutes} minutes'
  )
  SELECT "roles", "name", "email", "twoStepEnabled", "schoolName", "timeZone", "teacherCorrectionDays", "staffId", "guardianId" FROM actor`);

/**
 * SECURITY-CRITICAL: the person behind a request's session token, with the
 * roles of their active membership. Null when the session was logged out,
 * expired (idle or absolute), or ended by a password change, a deactivation
 * or a role change: such a token grants nothing, however well it decrypts.
 */
export async function loadSessionActor({ sessionId, userId, schoolId }: SessionClaims): Promise<Actor | null> {
  if (!UUID.test(sessionId) || !UUID.test(userId) || !UUID.test(schoolId)) return null;
  const [row] = await sql<ActorRow>(SESSION_ACTOR, [schoolId, sessionId, userId]);
  return row ? { ...toActor({ userId, schoolId }, row), sessionId } : null;
}
