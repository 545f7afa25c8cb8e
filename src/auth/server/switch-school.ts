import "server-only";
import { prisma } from "@/db/client";
import { withTenant } from "@/db/tenant-context";
import { recordAudit } from "@/audit/server/record-audit";
import { AppError } from "@/errors/app-error";
import { type Actor, loadActor } from "../load-actor";
import type { TSwitchSchool } from "../schemas";
import { endSession } from "./end-session";
import { startSession } from "./start-session";

export type SchoolSwitch = { userId: string; name: string; email: string; schoolId: string; schoolName: string; sessionId: string };

/**
 * SECURITY-CRITICAL: moves a signed-in person to another school where they have an active membership
 * (docs/decisions/132-one-log-in-several-schools.md). The membership is checked the way every request
 * checks it (loadActor); then a new session starts in that school and this one ends, so a session always
 * belongs to exactly one school and the token names that school. A school without such a membership is
 * answered as if it did not exist, and nothing is written. The move is audited in both schools.
 */
export async function switchSchool({ actor, input, userAgent }: { actor: Actor; input: TSwitchSchool; userAgent: string | null }): Promise<SchoolSwitch> {
  if (input.schoolId === actor.schoolId) throw new AppError("CONFLICT", `Je bent al bij ${actor.schoolName}.`);
  const target = await withTenant({ schoolId: input.schoolId, userId: actor.userId }, () => loadActor({ userId: actor.userId, schoolId: input.schoolId }));
  if (!target) throw new AppError("NOT_FOUND", "Je hebt geen toegang tot deze school.");

  const sessionId = await startSession({ schoolId: target.schoolId, userId: actor.userId, userAgent });
  if (actor.sessionId) await endSession({ sessionId: actor.sessionId, userId: actor.userId, schoolId: actor.schoolId });
  await withTenant({ schoolId: actor.schoolId }, () =>
    recordAudit(prisma, { actor, action: "account.school-switch.leave", entityType: "School", entityId: target.schoolId, details: { toSchool: target.schoolName } }));
  await withTenant({ schoolId: target.schoolId }, () =>
    recordAudit(prisma, { actor: target, action: "account.school-switch.enter", entityType: "School", entityId: actor.schoolId, details: { fromSchool: actor.schoolName } }));
  return { userId: actor.userId, name: actor.name, email: actor.email, schoolId: target.schoolId, schoolName: target.schoolName, sessionId };
}
