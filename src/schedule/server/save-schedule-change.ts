import "server-only";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import { dbDate } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";
import { enqueuePupilEvaluation } from "@/signals/server/signal-queue";
import { ADJUSTMENT_WORDS } from "../adjustment-labels";
import type { TSaveScheduleChange } from "../schemas";
import { findPupilForSchedule } from "./find-pupil-for-schedule";

/**
 * Adds a schedule change to a pupil, or edits one (`input.id`): an opbouwrooster, vrijstelling or stage
 * with its filters and dates (decision 154). Registrations already made stay; lessons the change now
 * takes out no longer count, so the pupil's signals are re-evaluated. Audited with the before and after.
 * An "extra" lesson (an addition) is not edited here: it comes with the timetable.
 */
export async function saveScheduleChange({ actor, input }: { actor: Actor; input: TSaveScheduleChange }): Promise<string> {
  const message = await prisma.$transaction(async (tx) => {
    const pupil = await findPupilForSchedule(tx, actor, input.pupilId);
    if (input.subjectId !== null) {
      const subject = await tx.subject.findFirst({ where: { id: input.subjectId, ...inSchool(actor) }, select: { id: true } });
      if (!subject) throw new AppError("INVALID_INPUT", "Dit vak bestaat niet op deze school.", { subjectId: ["Kies een vak uit de lijst."] });
    }
    const data = {
      kind: "EXEMPTION" as const, category: input.category, subjectId: input.subjectId, weekdays: input.weekdays, periods: input.periods,
      validFrom: dbDate(input.validFrom), validUntil: input.validUntil === null ? null : dbDate(input.validUntil), reason: input.reason,
    };
    const word = ADJUSTMENT_WORDS[input.category];
    if (input.id === null) {
      const created = await tx.scheduleAdjustment.create({
        data: { ...data, schoolId: actor.schoolId, pupilId: pupil.id, createdById: actor.userId }, select: { id: true },
      });
      await recordAudit(tx, { actor, action: "schedule-change.create", entityType: "ScheduleAdjustment", entityId: created.id, pupilId: pupil.id, details: { ...input } });
      return `De ${word} van ${pupil.name} is vastgelegd.`;
    }
    const before = await tx.scheduleAdjustment.findFirst({ where: { id: input.id, pupilId: pupil.id, ...inSchool(actor) } });
    if (!before) throw new AppError("NOT_FOUND", "Deze roosteraanpassing bestaat niet (meer).");
    if (before.kind === "ADDITION" || before.lessonId !== null || before.timetableEntryId !== null) {
      throw new AppError("CONFLICT", "Deze aanpassing hoort bij het rooster zelf en kan hier alleen beëindigd of verwijderd worden.");
    }
    await tx.scheduleAdjustment.updateMany({ where: { id: before.id, ...inSchool(actor) }, data });
    await recordAudit(tx, {
      actor, action: "schedule-change.update", entityType: "ScheduleAdjustment", entityId: before.id, pupilId: pupil.id,
      details: { before: { ...before, validFrom: before.validFrom.toISOString().slice(0, 10), validUntil: before.validUntil?.toISOString().slice(0, 10) ?? null, createdAt: before.createdAt.toISOString() }, after: { ...input } },
    });
    return `De ${word} van ${pupil.name} is bijgewerkt.`;
  });
  await enqueuePupilEvaluation({ schoolId: actor.schoolId, pupilIds: [input.pupilId] });
  return message;
}
