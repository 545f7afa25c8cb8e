import "server-only";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import { isoDate } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";
import { enqueuePupilEvaluation } from "@/signals/server/signal-queue";
import { ADJUSTMENT_WORDS } from "../adjustment-labels";
import type { TRemoveScheduleChange } from "../schemas";
import { findPupilForSchedule } from "./find-pupil-for-schedule";

/**
 * Removes a schedule change that was a mistake: the pupil's schedule is as if it never existed, also in
 * the past (registrations made meanwhile stay and count again). The audit entry keeps what it was.
 * To stop a change that was right until now, end it instead (endScheduleChange).
 */
export async function removeScheduleChange({ actor, input }: { actor: Actor; input: TRemoveScheduleChange }): Promise<string> {
  const message = await prisma.$transaction(async (tx) => {
    const pupil = await findPupilForSchedule(tx, actor, input.pupilId);
    const change = await tx.scheduleAdjustment.findFirst({ where: { id: input.id, pupilId: pupil.id, ...inSchool(actor) } });
    if (!change) throw new AppError("NOT_FOUND", "Deze roosteraanpassing bestaat niet (meer).");
    await tx.scheduleAdjustment.deleteMany({ where: { id: change.id, ...inSchool(actor) } });
    await recordAudit(tx, {
      actor, action: "schedule-change.remove", entityType: "ScheduleAdjustment", entityId: change.id, pupilId: pupil.id,
      details: { ...change, validFrom: isoDate(change.validFrom), validUntil: change.validUntil ? isoDate(change.validUntil) : null, createdAt: change.createdAt.toISOString() },
    });
    return `De ${ADJUSTMENT_WORDS[change.category]} van ${pupil.name} is verwijderd.`;
  });
  await enqueuePupilEvaluation({ schoolId: actor.schoolId, pupilIds: [input.pupilId] });
  return message;
}
