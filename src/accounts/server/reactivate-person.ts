import "server-only";
import type { Actor } from "@/auth/load-actor";
import { setMembershipActive } from "@/auth/server/set-membership-active";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import type { TPerson } from "../schemas";
import { findSchoolPerson } from "./find-person";

/** A deactivated person of the school may log in here again (with their own password; old sessions stay ended). */
export async function reactivatePerson({ actor, input }: { actor: Actor; input: TPerson }): Promise<string> {
  return prisma.$transaction(async (tx) => {
    const person = await findSchoolPerson(tx, actor, input.userId);
    if (person.active) return `${person.name} was al actief.`;
    await setMembershipActive({ schoolId: actor.schoolId, userId: person.userId, active: true }, tx);
    await recordAudit(tx, { actor, action: "account.reactivate", entityType: "User", entityId: person.userId });
    return `${person.name} is weer actief${person.started ? " en kan weer inloggen" : "; stuur een nieuwe uitnodiging om een wachtwoord te laten kiezen"}.`;
  });
}
