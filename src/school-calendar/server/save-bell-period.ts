import "server-only";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import { clockTime } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";
import type { TSaveBellPeriod } from "../schemas";
import { afterCalendarChanged } from "./after-calendar-changed";
import { retimeLessons, retimeText } from "./retime-lessons";
import { refusePast, schoolTomorrow } from "./school-tomorrow";

/**
 * Sets a period's times in a bell schedule (a new period when the number is new). Lessons from `validFrom`
 * on get the new times, unless they have registrations already; earlier lessons never change (decision 151).
 */
export async function saveBellPeriod({ actor, input, now }: { actor: Actor; input: TSaveBellPeriod; now?: Date }): Promise<string> {
  const scope = inSchool(actor);
  refusePast(input.validFrom, await schoolTomorrow({ schoolId: actor.schoolId, now }), "validFrom");
  const { name, result, added } = await prisma.$transaction(async (tx) => {
    const schedule = await tx.bellSchedule.findFirst({
      where: { id: input.bellScheduleId, ...scope },
      select: { id: true, name: true, periods: { select: { id: true, number: true, startMinutes: true, endMinutes: true }, orderBy: { number: "asc" } } },
    });
    if (!schedule) throw new AppError("NOT_FOUND", "Deze lestijdentabel bestaat niet (meer).");
    const overlap = schedule.periods.find((p) => p.number !== input.number && p.startMinutes < input.end && input.start < p.endMinutes);
    if (overlap) {
      throw new AppError("INVALID_INPUT", "Niet alle velden zijn goed ingevuld.", {
        start: [`Dit lesuur overlapt het ${overlap.number}e uur (${clockTime(overlap.startMinutes)}–${clockTime(overlap.endMinutes)}).`],
      });
    }
    const existing = schedule.periods.find((p) => p.number === input.number);
    if (existing) {
      await tx.bellPeriod.update({ where: { schoolId_id: { schoolId: actor.schoolId, id: existing.id } }, data: { startMinutes: input.start, endMinutes: input.end } });
    } else {
      await tx.bellPeriod.create({ data: { schoolId: actor.schoolId, bellScheduleId: schedule.id, number: input.number, startMinutes: input.start, endMinutes: input.end } });
    }
    const result = await retimeLessons(tx, { schoolId: actor.schoolId, from: input.validFrom, period: input.number });
    await recordAudit(tx, {
      actor, action: existing ? "calendar.bell-period.update" : "calendar.bell-period.add", entityType: "BellSchedule", entityId: schedule.id,
      details: {
        schedule: schedule.name, number: input.number, validFrom: input.validFrom,
        before: existing ? { start: clockTime(existing.startMinutes), end: clockTime(existing.endMinutes) } : null,
        after: { start: clockTime(input.start), end: clockTime(input.end) }, ...result,
      },
    });
    return { name: schedule.name, result, added: !existing };
  });
  if (result.retimed > 0) await afterCalendarChanged({ schoolId: actor.schoolId });
  return `${name}: het ${input.number}e uur ${added ? "is toegevoegd" : "is nu"} ${clockTime(input.start)}–${clockTime(input.end)}.${retimeText(result)}`;
}
