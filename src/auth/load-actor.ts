import type { Role } from "@/db/generated/prisma/enums";
import { sql, statement } from "@/db/sql";
import { twoStepRequiredFor } from "./mfa/two-step-policy";

export type Actor = {
  userId: string;
  name: string;
  email: string;
  schoolId: string;
  schoolName: string;
  /** The school's time zone: what "today" and lesson times mean for this actor. */
  schoolTimeZone: string;
  /** School days after a lesson in which its own teacher may still correct it (0: the same day). */
  teacherCorrectionDays: number;
  roles: Role[];
  staffId: string | null;
  guardianId: string | null;
  /** Whether the person logs in with a second step (docs/decisions/116-two-step-login.md). */
  twoStepEnabled: boolean;
  /** A role here requires the second step and it is not set up yet: until it is, this session can only set it up. */
  mustEnrolTwoStep: boolean;
  /** The session of this request (absent for an actor loaded without one, in tests and jobs). */
  sessionId?: string;
};

// One statement per request: it runs before every page, action and API call.
const ACTOR = statement("load-actor", `
  SELECT m."roles"::text[] AS "roles", u."name", u."email", u."totpEnabledAt" IS NOT NULL AS "twoStepEnabled", s."name" AS "schoolName", s."timeZone", s."teacherCorrectionDays",
    (SELECT st."id" FROM "Staff" st WHERE st."schoolId" = m."schoolId" AND st."userId" = m."userId") AS "staffId",
    (SELECT g."id" FROM "Guardian" g WHERE g."schoolId" = m."schoolId" AND g."userId" = m."userId") AS "guardianId"
  FROM "Membership" m
  JOIN "User" u ON u."id" = m."userId"
  JOIN "School" s ON s."id" = m."schoolId"
  WHERE m."schoolId" = $1::uuid AND m."userId" = $2::uuid AND m."active" AND u."active" AND cardinality(m."roles") > 0`);

export type ActorRow = {
  roles: Role[]; name: string; email: string; schoolName: string; timeZone: string; teacherCorrectionDays: number;
  staffId: string | null; guardianId: string | null; twoStepEnabled: boolean;
};

/**
 * SECURITY-CRITICAL: the person behind a membership in one school (requests
 * go through `loadSessionActor`, which also checks the session row), with the roles
 * of their active membership there. Null when the user or the membership is
 * deactivated, or has no roles: such a session grants nothing.
 */
export async function loadActor({ userId, schoolId }: { userId: string; schoolId: string }): Promise<Actor | null> {
  if (!UUID.test(userId) || !UUID.test(schoolId)) return null;
  const [row] = await sql<ActorRow>(ACTOR, [schoolId, userId]);
  return row ? toActor({ userId, schoolId }, row) : null;
}

export function toActor({ userId, schoolId }: { userId: string; schoolId: string }, row: ActorRow): Actor {
  return {
    userId,
    name: row.name,
    email: row.email,
    schoolId,
    schoolName: row.schoolName,
    schoolTimeZone: row.timeZone,
    teacherCorrectionDays: row.teacherCorrectionDays,
    roles: row.roles,
    staffId: row.staffId,
    guardianId: row.guardianId,
    twoStepEnabled: row.twoStepEnabled,
    mustEnrolTwoStep: !row.twoStepEnabled && twoStepRequiredFor(row.roles),
  };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
