import "server-only";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import { isoDate } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";
import type { TRemoveCalendarEvent } from "../schemas";
import { afterCalendarChanged } from "./after-calendar-changed";
import { applyCalendarLessons, loadDaysOff, planCalendarLessons } from "./calendar-lessons";
import { confirmImpact } from "./confirm-impact";

/** Removes a holiday or free day; the lessons it cancelled come back, after the administrator confirmed that (decision 150). */
export async function removeCalendarEvent({ actor, input }: { actor: Actor; input: TRemoveCalendarEvent }): Promise<string> {
  const name = await prisma.$transaction(async (tx) => {
    const event = await tx.calendarEvent.findFirst({
      where: { id: input.eventId, ...inSchool(actor) },
      select: { id: true, kind: true, name: true, startDate: true, endDate: true, schoolYear: { select: { name: true } } },
    });
    if (!event) throw new AppError("NOT_FOUND", "Deze dag staat niet (meer) in de kalender.");
    const from = isoDate(event.startDate);
    const to = isoDate(event.endDate);
    const events = (await loadDaysOff(tx, { schoolId: actor.schoolId, from, to })).filter((e) => e.id !== event.id);
    const { plan, impact } = await planCalendarLessons(tx, { schoolId: actor.schoolId, from, to, events });
    confirmImpact({ change: `remove|${event.id}`, impact, confirmed: input.confirmed });
    await applyCalendarLessons(tx, { schoolId: actor.schoolId, plan });
    await tx.calendarEvent.delete({ where: { schoolId_id: { schoolId: actor.schoolId, id: event.id } } });
    await recordAudit(tx, {
      actor, action: "calendar.event.remove", entityType: "CalendarEvent", entityId: event.id,
      details: { schoolYear: event.schoolYear.name, kind: event.kind, name: event.name, startDate: from, endDate: to, restoredLessons: impact.restoredLessons },
    });
    return event.name;
  });
  await afterCalendarChanged({ schoolId: actor.schoolId });
  return `‘${name}’ is uit de kalender gehaald.`;
}
