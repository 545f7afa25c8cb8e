import "server-only";
import { prisma } from "@/db/client";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import type { TLeaveSettings } from "../schemas";

/** The administrator sets how far ahead holiday leave is asked and whether the coordinator decides leave too. */
export async function updateLeaveSettings({ actor, input }: { actor: Actor; input: TLeaveSettings }): Promise<string> {
  await prisma.$transaction(async (tx) => {
    await tx.school.update({ where: { id: actor.schoolId }, data: input });
    await recordAudit(tx, { actor, action: "school.leave-settings", entityType: "School", entityId: actor.schoolId, details: input });
  });
  return `Opgeslagen: vakantieverlof ${input.leaveNoticeWeeks} weken van tevoren aanvragen; ${input.coordinatorDecidesLeave ? "de schoolleider en de verzuimcoördinator beslissen" : "de schoolleider beslist"} over verlof.`;
}
