import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { recordAudit } from "@/audit/server/record-audit";
import { dbDate, schoolToday } from "@/calendar/school-time";
import { pupilScope } from "@/pupils/server/pupil-scope";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { SIGNAL_STATE_LABELS, signalKindLabel } from "@/signals/signal-labels";
import { closeReasonText } from "../close-reasons";
import type { TReopenSignal } from "../schemas";

/**
 * The undo of closing: the signal returns to the state it had before it was
 * closed (new, in progress with its owner, or reported), its close reason is
 * cleared, and the case file gets a SIGNAL_REOPENED entry next to the
 * SIGNAL_CLOSED one, so the history stays readable.
 */
export async function reopenSignal({ actor, input }: { actor: Actor; input: TReopenSignal }): Promise<string> {
  const signal = await prisma.signal.findFirst({
    where: { id: input.signalId, pupil: pupilScope(actor), ...inSchool(actor) },
    select: { id: true, pupilId: true, state: true, kind: true, level: true, closeReason: true, closeNote: true, stateBeforeClose: true },
  });
  if (!signal) throw new AppError("NOT_FOUND", "Dit signaal bestaat niet.");
  if (signal.state !== "CLOSED") throw new AppError("CONFLICT", "Dit signaal is niet afgesloten; er valt niets te heropenen.");
  // Signals closed before close reasons existed have no former state: they open as new.
  const back = signal.stateBeforeClose ?? "NEW";
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });

  await prisma.$transaction(async (tx) => {
    const { count } = await tx.signal.updateMany({
      where: { id: signal.id, state: "CLOSED", schoolId: actor.schoolId },
      data: { state: back, closeReason: null, closeNote: null, stateBeforeClose: null },
    });
    if (count === 0) throw new AppError("CONFLICT", "Dit signaal is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.");
    const was = closeReasonText(signal.closeReason, signal.closeNote);
    await tx.caseEntry.create({
      data: {
        schoolId: actor.schoolId, pupilId: signal.pupilId, kind: "SIGNAL_REOPENED", signalId: signal.id, occurredOn: dbDate(schoolToday(timeZone, now)),
        title: `Signaal heropend: ${signalKindLabel(signal.kind, signal.level)}`,
        body: `Het afsluiten is ongedaan gemaakt${was ? ` (reden was: ${was})` : ""}. Status weer: ${SIGNAL_STATE_LABELS[back].toLowerCase()}.`,
        authorId: actor.userId,
      },
      select: { id: true },
    });
    await recordAudit(tx, { actor, action: "signal.reopen", entityType: "Signal", entityId: signal.id, pupilId: signal.pupilId, details: { from: "CLOSED", to: back } });
  });
  return `Het afsluiten is ongedaan gemaakt. Status: ${SIGNAL_STATE_LABELS[back].toLowerCase()}.`;
}
