import "server-only";
import { prisma } from "@/db/client";
import type { Actor } from "@/auth/load-actor";
import { RULES_PROFILE_LABELS, type TUpdateRulesProfile } from "../schemas";
import { recordAudit } from "@/audit/server/record-audit";

/** Sets the school's rules profile (RULES.md, Profiles). The school is the actor's, never one from the form. */
export async function updateRulesProfile({ actor, input }: { actor: Actor; input: TUpdateRulesProfile }): Promise<string> {
  await prisma.$transaction(async (tx) => {
    await tx.school.update({ where: { id: actor.schoolId }, data: { rulesProfile: input.rulesProfile }, select: { id: true } });
    await recordAudit(tx, { actor, action: "school.rules-profile.update", entityType: "School", entityId: actor.schoolId, details: { rulesProfile: input.rulesProfile } });
  });
  return `Het regelprofiel is nu: ${RULES_PROFILE_LABELS[input.rulesProfile]}.`;
}
