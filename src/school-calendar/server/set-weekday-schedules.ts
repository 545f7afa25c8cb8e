import "server-only";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";
import type { TSetWeekdaySchedules } from "../schemas";
import { afterCalendarChanged } from "./after-calendar-changed";
import { findYearOrThrow } from "./find-year";
import { retimeLessons, retimeText } from "./retime-lessons";
import { refusePast, schoolTomorrow } from "./school-tomorrow";

const WEEKDAYS = [1, 2, 3, 4, 5] as const;

/** Chooses per weekday of a school year which bell schedule applies; lessons from `validFrom` on follow (decision 151). */
export async function setWeekdaySchedules({ actor, input, now }: { actor: Actor; input: TSetWeekdaySchedules; now?: Date }): Promise<string> {
  const scope = inSchool(actor);
  refusePast(input.validFrom, await schoolTomorrow({ schoolId: actor.schoolId, now }), "validFrom");
  const { year, result } = await prisma.$transaction(async (tx) => {
    const year = await findYearOrThrow(tx, { schoolId: actor.schoolId, yearId: input.yearId });
    if (input.validFrom > year.endDate) {
      throw new AppError("INVALID_INPUT", "Niet alle velden zijn goed ingevuld.", { validFrom: [`Kies een dag in schooljaar ${year.name}.`] });
    }
    const chosen = WEEKDAYS.map((weekday) => ({ weekday, bellScheduleId: input[`dag-${weekday}`] }));
    const ids = [...new Set(chosen.flatMap((c) => (c.bellScheduleId ? [c.bellScheduleId] : [])))];
    const known = await tx.bellSchedule.count({ where: { id: { in: ids }, ...scope } });
    if (known !== ids.length) throw new AppError("NOT_FOUND", "Een gekozen lestijdentabel bestaat niet (meer).");
    await tx.bellScheduleUse.deleteMany({ where: { schoolYearId: year.id, weekday: { not: null }, ...scope } });
    await tx.bellScheduleUse.createMany({
      data: chosen.flatMap((c) => (c.bellScheduleId ? [{ schoolId: actor.schoolId, schoolYearId: year.id, weekday: c.weekday, bellScheduleId: c.bellScheduleId }] : [])),
    });
    const result = await retimeLessons(tx, { schoolId: actor.schoolId, from: input.validFrom });
    await recordAudit(tx, { actor, action: "calendar.bell-schedule.weekdays", entityType: "SchoolYear", entityId: year.id, details: { schoolYear: year.name, chosen, validFrom: input.validFrom, ...result } });
    return { year, result };
  });
  if (result.retimed > 0) await afterCalendarChanged({ schoolId: actor.schoolId });
  return `De lestijden per weekdag van ${year.name} zijn opgeslagen.${retimeText(result)}`;
}
