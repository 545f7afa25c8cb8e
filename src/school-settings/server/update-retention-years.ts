import "server-only";
import { prisma } from "@/db/client";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import type { TUpdateRetentionYears } from "../schemas";

/** How many years after a pupil left their absence data, case file and letters are kept (decision 114). */
export async function updateRetentionYears({ actor, input }: { actor: Actor; input: TUpdateRetentionYears }): Promise<string> {
  await prisma.$transaction(async (tx) => {
    await tx.school.update({ where: { id: actor.schoolId }, data: { retentionYears: input.retentionYears }, select: { id: true } });
    await recordAudit(tx, { actor, action: "school.retention-years.update", entityType: "School", entityId: actor.schoolId, details: { ...input } });
  });
  return `Gegevens van vertrokken leerlingen worden nu ${input.retentionYears} jaar na vertrek verwijderd.`;
}
