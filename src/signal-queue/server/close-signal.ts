import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { recordAudit } from "@/audit/server/record-audit";
import { dbDate, schoolToday } from "@/calendar/school-time";
import { pupilScope } from "@/pupils/server/pupil-scope";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { signalKindLabel } from "@/signals/signal-labels";
import { closeReasonText } from "../close-reasons";
import type { TCloseSignal } from "../schemas";

/**
 * The coordinator closes a signal with a reason. In one transaction: the
 * signal becomes CLOSED and keeps the reason and the state it had (which its
 * undo returns to), the pupil's case file gets a SIGNAL_CLOSED entry, and the
 * audit log a record. The pipeline never writes `state` (store-signals.ts),
 * so a re-evaluation leaves a closed signal closed.
 */
export async function closeSignal({ actor, input }: { actor: Actor; input: TCloseSignal }): Promise<string> {
  const signal = await prisma.signal.findFirst({
    where: { id: input.signalId, pupil: pupilScope(actor), ...inSchool(actor) },
    select: { id: true, pupilId: true, state: true, kind: true, level: true, withdrawnAt: true },
  });
  if (!signal) throw new AppError("NOT_FOUND", "Dit signaal bestaat niet.");
  if (signal.state === "CLOSED") throw new AppError("CONFLICT", "Dit signaal is al afgesloten.");
  if (signal.withdrawnAt) throw new AppError("CONFLICT", "Dit signaal is ingetrokken: de registraties onderbouwen het niet meer. Er valt niets af te sluiten.");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const note = input.note || null;

  await prisma.$transaction(async (tx) => {
    // Only from the state read above: a colleague who closed it a moment ago wins, and this one writes nothing.
    const { count } = await tx.signal.updateMany({
      where: { id: signal.id, state: signal.state, schoolId: actor.schoolId },
      data: { state: "CLOSED", closeReason: input.reason, closeNote: note, stateBeforeClose: signal.state },
    });
    if (count === 0) throw new AppError("CONFLICT", "Dit signaal is intussen door iemand anders gewijzigd. Laad de pagina opnieuw.");
    await tx.caseEntry.create({
      data: {
        schoolId: actor.schoolId, pupilId: signal.pupilId, kind: "SIGNAL_CLOSED", signalId: signal.id, occurredOn: dbDate(schoolToday(timeZone, now)),
        title: `Signaal afgesloten: ${signalKindLabel(signal.kind, signal.level)}`,
        body: `Reden: ${closeReasonText(input.reason, note)}`,
        authorId: actor.userId,
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actor, action: "signal.close", entityType: "Signal", entityId: signal.id, pupilId: signal.pupilId,
      reason: closeReasonText(input.reason, note) ?? undefined, details: { from: signal.state, to: "CLOSED", reason: input.reason },
    });
  });
  return "Het signaal is afgesloten.";
}
