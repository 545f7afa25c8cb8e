import "server-only";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import { dbDate, isoDate } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";
import { checkEventDates } from "../event-dates";
import type { TSaveCalendarEvent } from "../schemas";
import { afterCalendarChanged } from "./after-calendar-changed";
import { applyCalendarLessons, loadDaysOff, planCalendarLessons } from "./calendar-lessons";
import { confirmImpact } from "./confirm-impact";
import { findYearOrThrow } from "./find-year";

const NEW_EVENT = "new";

/**
 * Adds a holiday or free day to a school year, or changes one (its name, kind or dates). Lessons on the days
 * that become free are cancelled with the event's name, lessons on days that are school days again come back;
 * when lessons are touched the administrator confirms first (decision 150).
 */
export async function saveCalendarEvent({ actor, input }: { actor: Actor; input: TSaveCalendarEvent }): Promise<string> {
  const scope = inSchool(actor);
  const result = await prisma.$transaction(async (tx) => {
    const existing = input.eventId
      ? await tx.calendarEvent.findFirst({ where: { id: input.eventId, ...scope }, select: { id: true, schoolYearId: true, kind: true, name: true, startDate: true, endDate: true } })
      : null;
    if (input.eventId && !existing) throw new AppError("NOT_FOUND", "Deze dag staat niet (meer) in de kalender.");
    const year = await findYearOrThrow(tx, { schoolId: actor.schoolId, yearId: existing?.schoolYearId ?? input.yearId });
    const dateErrors = checkEventDates(input, year);
    if (dateErrors) throw new AppError("INVALID_INPUT", "Niet alle velden zijn goed ingevuld.", dateErrors);

    const before = existing ? { kind: existing.kind, name: existing.name, startDate: isoDate(existing.startDate), endDate: isoDate(existing.endDate) } : null;
    const from = before && before.startDate < input.startDate ? before.startDate : input.startDate;
    const to = before && before.endDate > input.endDate ? before.endDate : input.endDate;
    const id = existing?.id ?? NEW_EVENT;
    const events = (await loadDaysOff(tx, { schoolId: actor.schoolId, from, to })).filter((e) => e.id !== id);
    events.push({ id, name: input.name, startDate: input.startDate, endDate: input.endDate });
    const { plan, impact } = await planCalendarLessons(tx, { schoolId: actor.schoolId, from, to, events });
    confirmImpact({ change: `${id}|${input.startDate}|${input.endDate}`, impact, confirmed: input.confirmed });

    const data = { kind: input.kind, name: input.name, startDate: dbDate(input.startDate), endDate: dbDate(input.endDate) };
    const eventId = existing
      ? (await tx.calendarEvent.update({ where: { schoolId_id: { schoolId: actor.schoolId, id: existing.id } }, data, select: { id: true } })).id
      : (await tx.calendarEvent.create({ data: { ...data, schoolId: actor.schoolId, schoolYearId: year.id }, select: { id: true } })).id;
    const finalPlan = { ...plan, cancel: plan.cancel.map((c) => (c.eventId === NEW_EVENT ? { ...c, eventId } : c)) };
    await applyCalendarLessons(tx, { schoolId: actor.schoolId, plan: finalPlan });
    // A renamed event renames the reason its lessons show.
    if (before && before.name !== input.name) {
      await tx.lesson.updateMany({ where: { cancelledByEventId: eventId, ...scope }, data: { cancelReason: input.name } });
    }
    const after = { kind: input.kind, name: input.name, startDate: input.startDate, endDate: input.endDate };
    await recordAudit(tx, {
      actor, action: existing ? "calendar.event.update" : "calendar.event.add", entityType: "CalendarEvent", entityId: eventId,
      details: { schoolYear: year.name, before, after, cancelledLessons: impact.cancelledLessons, restoredLessons: impact.restoredLessons },
    });
    return { touchedLessons: impact.cancelledLessons + impact.restoredLessons > 0 };
  });
  await afterCalendarChanged({ schoolId: actor.schoolId });
  const what = result.touchedLessons ? " De lessen zijn bijgewerkt." : "";
  return input.eventId ? `‘${input.name}’ is gewijzigd.${what}` : `‘${input.name}’ staat in de kalender.${what}`;
}
