import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import { dbDate, isoDate } from "@/calendar/school-time";
import { inSchool } from "@/db/tenant-scope";
import type { CalendarImpact } from "../impact-text";
import { lessonCalendarPlan, type DayOffEvent, type LessonCalendarPlan } from "../lesson-calendar-plan";

type Tx = Prisma.TransactionClient;

/** The school's holidays and free days that touch [from, to], as they stand in the database. */
export async function loadDaysOff(tx: Tx, { schoolId, from, to }: { schoolId: string; from: string; to: string }): Promise<DayOffEvent[]> {
  const events = await tx.calendarEvent.findMany({
    where: { startDate: { lte: dbDate(to) }, endDate: { gte: dbDate(from) }, ...inSchool({ schoolId }) },
    select: { id: true, name: true, startDate: true, endDate: true },
  });
  return events.map((e) => ({ id: e.id, name: e.name, startDate: isoDate(e.startDate), endDate: isoDate(e.endDate) }));
}

/**
 * What a calendar with `events` (the days off after the change) means for the lessons from `from` to `to`
 * (decision 150), and how many lessons and marked registrations that touches, before anything is written.
 */
export async function planCalendarLessons(tx: Tx, { schoolId, from, to, events }: { schoolId: string; from: string; to: string; events: readonly DayOffEvent[] }): Promise<{ plan: LessonCalendarPlan; impact: CalendarImpact }> {
  const lessons = await tx.lesson.findMany({
    where: { date: { gte: dbDate(from), lte: dbDate(to) }, ...inSchool({ schoolId }) },
    select: { id: true, date: true, cancelled: true, cancelledByEventId: true },
  });
  const plan = lessonCalendarPlan(lessons.map((l) => ({ ...l, date: isoDate(l.date) })), events);
  const byEvent = new Map(lessons.map((l) => [l.id, l.cancelledByEventId]));
  const newlyCancelled = plan.cancel.filter((c) => byEvent.get(c.lessonId) === null).map((c) => c.lessonId);
  const markedRegistrations = newlyCancelled.length === 0 ? 0 : await tx.registration.count({
    where: { lessonId: { in: newlyCancelled }, status: { not: "UNREGISTERED" }, ...inSchool({ schoolId }) },
  });
  return { plan, impact: { cancelledLessons: newlyCancelled.length, markedRegistrations, restoredLessons: plan.restore.length } };
}

/** Writes the plan: lessons on a day off are cancelled with the event's name, the others come back. Registrations are never touched. */
export async function applyCalendarLessons(tx: Tx, { schoolId, plan }: { schoolId: string; plan: LessonCalendarPlan }): Promise<void> {
  const groups = new Map<string, { reason: string; ids: string[] }>();
  for (const c of plan.cancel) {
    const group = groups.get(c.eventId) ?? { reason: c.reason, ids: [] };
    group.ids.push(c.lessonId);
    groups.set(c.eventId, group);
  }
  for (const [eventId, { reason, ids }] of groups) {
    await tx.lesson.updateMany({ where: { id: { in: ids }, ...inSchool({ schoolId }) }, data: { cancelled: true, cancelReason: reason, cancelledByEventId: eventId } });
  }
  if (plan.restore.length > 0) {
    await tx.lesson.updateMany({
      where: { id: { in: plan.restore.map((r) => r.lessonId) }, ...inSchool({ schoolId }) },
      data: { cancelled: false, cancelReason: null, cancelledByEventId: null },
    });
  }
}
