import "server-only";
import type { Actor } from "@/auth/load-actor";
import { setMembershipActive } from "@/auth/server/set-membership-active";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import { AppError } from "@/errors/app-error";
import type { TPerson } from "../schemas";
import { ensureAnotherAdmin } from "./last-admin";
import { findSchoolPerson } from "./find-person";

/**
 * A person leaves the school: their membership here is switched off and every
 * session of theirs in this school ends at once (their next click leads to the
 * log-in page). Their account and other schools are untouched; their history
 * stays. Not oneself, and not the last active administrator. Open links to
 * choose a password for this school stop working.
 */
export async function deactivatePerson({ actor, input }: { actor: Actor; input: TPerson }): Promise<string> {
  if (input.userId === actor.userId) throw new AppError("RULE_VIOLATION", "Je kunt jezelf niet deactiveren. Vraag een andere beheerder.");
  return prisma.$transaction(async (tx) => {
    const person = await findSchoolPerson(tx, actor, input.userId);
    if (!person.active) return `${person.name} was al gedeactiveerd.`;
    if (person.roles.includes("ADMIN")) await ensureAnotherAdmin(tx, { schoolId: actor.schoolId, userId: person.userId });
    await setMembershipActive({ schoolId: actor.schoolId, userId: person.userId, active: false }, tx);
    await tx.invitation.deleteMany({ where: { userId: person.userId, forSchoolId: actor.schoolId, usedAt: null } });
    await recordAudit(tx, { actor, action: "account.deactivate", entityType: "User", entityId: person.userId });
    return `${person.name} is gedeactiveerd en kan niet meer inloggen op deze school. Open sessies zijn beëindigd.`;
  });
}
