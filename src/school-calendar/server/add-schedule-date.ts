import "server-only";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import { longDate } from "@/calendar/long-date";
import { dbDate } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";
import type { TAddScheduleDate } from "../schemas";
import { afterCalendarChanged } from "./after-calendar-changed";
import { findYearOrThrow } from "./find-year";
import { retimeLessons, retimeText } from "./retime-lessons";
import { refusePast, schoolTomorrow } from "./school-tomorrow";

/** Gives one date another bell schedule (a shortened-schedule day); that day's lessons get its times (decision 151). */
export async function addScheduleDate({ actor, input, now }: { actor: Actor; input: TAddScheduleDate; now?: Date }): Promise<string> {
  const scope = inSchool(actor);
  refusePast(input.date, await schoolTomorrow({ schoolId: actor.schoolId, now }), "date");
  const { name, result } = await prisma.$transaction(async (tx) => {
    const year = await findYearOrThrow(tx, { schoolId: actor.schoolId, yearId: input.yearId });
    if (input.date < year.startDate || input.date > year.endDate) {
      throw new AppError("INVALID_INPUT", "Niet alle velden zijn goed ingevuld.", { date: [`Kies een dag in schooljaar ${year.name}.`] });
    }
    const schedule = await tx.bellSchedule.findFirst({ where: { id: input.bellScheduleId, ...scope }, select: { id: true, name: true } });
    if (!schedule) throw new AppError("NOT_FOUND", "Deze lestijdentabel bestaat niet (meer).", { bellScheduleId: ["Kies een tabel uit de lijst."] });
    const taken = await tx.bellScheduleUse.findFirst({ where: { schoolYearId: year.id, date: dbDate(input.date), ...scope }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", "Niet alle velden zijn goed ingevuld.", { date: ["Deze dag heeft al een eigen lestijdentabel; haal die eerst weg."] });
    const use = await tx.bellScheduleUse.create({ data: { schoolId: actor.schoolId, schoolYearId: year.id, bellScheduleId: schedule.id, date: dbDate(input.date) }, select: { id: true } });
    const result = await retimeLessons(tx, { schoolId: actor.schoolId, from: input.date, date: input.date });
    await recordAudit(tx, { actor, action: "calendar.bell-schedule.date-add", entityType: "BellScheduleUse", entityId: use.id, details: { schedule: schedule.name, date: input.date, ...result } });
    return { name: schedule.name, result };
  });
  if (result.retimed > 0) await afterCalendarChanged({ schoolId: actor.schoolId });
  return `Op ${longDate(input.date)} geldt ‘${name}’.${retimeText(result)}`;
}
