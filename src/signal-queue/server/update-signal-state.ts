import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { recordAudit } from "@/audit/server/record-audit";
import type { TSignalAction } from "../schemas";

/**
 * The coordinator takes a signal on (owner: themselves). Closing asks for a
 * reason and has its own use case (close-signal.ts), as has its undo (reopen-signal.ts).
 */
export async function updateSignalState({ actor, input }: { actor: Actor; input: TSignalAction }): Promise<string> {
  const signal = await prisma.signal.findFirst({ where: { id: input.signalId, withdrawnAt: null, ...inSchool(actor) }, select: { id: true, pupilId: true, state: true } });
  if (!signal) throw new AppError("NOT_FOUND", "Dit signaal bestaat niet.");
  if (signal.state !== "NEW") {
    throw new AppError("CONFLICT", signal.state === "IN_PROGRESS" ? "Dit signaal is al opgepakt." : "Alleen een nieuw signaal kan opgepakt worden.");
  }
  await prisma.$transaction(async (tx) => {
    await tx.signal.update({
      where: { schoolId_id: { schoolId: actor.schoolId, id: signal.id } },
      data: { state: "IN_PROGRESS", ownerId: actor.userId },
      select: { id: true },
    });
    await recordAudit(tx, { actor, action: "signal.take", entityType: "Signal", entityId: signal.id, pupilId: signal.pupilId, details: { from: signal.state, to: "IN_PROGRESS" } });
  });
  return "Je hebt dit signaal opgepakt.";
}
