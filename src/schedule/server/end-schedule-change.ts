import "server-only";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import { dbDate, isoDate } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";
import { enqueuePupilEvaluation } from "@/signals/server/signal-queue";
import { ADJUSTMENT_WORDS } from "../adjustment-labels";
import type { TEndScheduleChange } from "../schemas";
import { findPupilForSchedule } from "./find-pupil-for-schedule";

/**
 * Ends a pupil's schedule change: `lastDay` is the last day it applies; from the day after, the pupil
 * follows those lessons again. What happened before stays as it was. Audited; re-evaluates the pupil.
 */
export async function endScheduleChange({ actor, input }: { actor: Actor; input: TEndScheduleChange }): Promise<string> {
  const message = await prisma.$transaction(async (tx) => {
    const pupil = await findPupilForSchedule(tx, actor, input.pupilId);
    const change = await tx.scheduleAdjustment.findFirst({
      where: { id: input.id, pupilId: pupil.id, ...inSchool(actor) }, select: { id: true, category: true, validFrom: true, validUntil: true, lessonId: true },
    });
    if (!change) throw new AppError("NOT_FOUND", "Deze roosteraanpassing bestaat niet (meer).");
    if (change.lessonId !== null) throw new AppError("CONFLICT", "Deze aanpassing geldt voor één les; verwijder haar als ze niet klopt.");
    if (input.lastDay < isoDate(change.validFrom)) {
      throw new AppError("INVALID_INPUT", "De laatste dag ligt voor de eerste dag van deze aanpassing.", { lastDay: [`Kies ${isoDate(change.validFrom)} of later, of verwijder de aanpassing.`] });
    }
    await tx.scheduleAdjustment.updateMany({ where: { id: change.id, ...inSchool(actor) }, data: { validUntil: dbDate(input.lastDay) } });
    await recordAudit(tx, {
      actor, action: "schedule-change.end", entityType: "ScheduleAdjustment", entityId: change.id, pupilId: pupil.id,
      details: { before: change.validUntil ? isoDate(change.validUntil) : null, after: input.lastDay },
    });
    return `De ${ADJUSTMENT_WORDS[change.category]} van ${pupil.name} stopt na ${input.lastDay.split("-").reverse().join("-")}.`;
  });
  await enqueuePupilEvaluation({ schoolId: actor.schoolId, pupilIds: [input.pupilId] });
  return message;
}
