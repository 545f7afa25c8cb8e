import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { recordAudit } from "@/audit/server/record-audit";
import type { TSignalAction } from "../schemas";

const OUTCOME = {
  take: { state: "IN_PROGRESS", message: "Je hebt dit signaal opgepakt." },
  close: { state: "CLOSED", message: "Het signaal is afgesloten." },
  reopen: { state: "NEW", message: "Het signaal staat weer open." },
} as const;

/** The coordinator takes a signal on (owner: themselves), closes it, or opens it again. */
export async function updateSignalState({ actor, input }: { actor: Actor; input: TSignalAction }): Promise<string> {
  const signal = await prisma.signal.findFirst({ where: { id: input.signalId, ...inSchool(actor) }, select: { id: true, pupilId: true, state: true } });
  if (!signal) throw new AppError("NOT_FOUND", "Dit signaal bestaat niet.");
  if (signal.state === "REPORTED" && input.action !== "close") {
    throw new AppError("CONFLICT", "Dit signaal is gemeld bij DUO; het volgt nu de status van de melding.");
  }
  const outcome = OUTCOME[input.action];
  await prisma.$transaction(async (tx) => {
    await tx.signal.update({
      where: { schoolId_id: { schoolId: actor.schoolId, id: signal.id } },
      data: { state: outcome.state, ...(input.action === "take" ? { ownerId: actor.userId } : {}) },
      select: { id: true },
    });
    await recordAudit(tx, { actor, action: `signal.${input.action}`, entityType: "Signal", entityId: signal.id, pupilId: signal.pupilId, details: { from: signal.state, to: outcome.state } });
  });
  return outcome.message;
}
