import "server-only";
import { prisma } from "@/db/client";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import type { TUpdateCorrectionDays } from "../schemas";

/** How many school days after a lesson its teacher may still correct their own marks. */
export async function updateCorrectionDays({ actor, input }: { actor: Actor; input: TUpdateCorrectionDays }): Promise<string> {
  await prisma.$transaction(async (tx) => {
    await tx.school.update({ where: { id: actor.schoolId }, data: { teacherCorrectionDays: input.teacherCorrectionDays }, select: { id: true } });
    await recordAudit(tx, { actor, action: "school.correction-days.update", entityType: "School", entityId: actor.schoolId, details: { ...input } });
  });
  return input.teacherCorrectionDays === 0
    ? "Docenten kunnen hun registraties nu alleen op de dag zelf corrigeren."
    : `Docenten kunnen hun registraties nu tot ${input.teacherCorrectionDays} schooldag(en) later corrigeren.`;
}
