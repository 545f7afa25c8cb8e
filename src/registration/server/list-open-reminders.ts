import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { isoDate } from "@/calendar/school-time";

export type OpenReminder = { lessonId: string; date: string; period: number; startMinutes: number; groupName: string; subjectName: string };

/** Lessons the coordinator asked this teacher to register that are still open (the last two weeks). */
export async function listOpenReminders({ schoolId, staffId, since }: { schoolId: string; staffId: string; since: Date }): Promise<OpenReminder[]> {
  const reminders = await prisma.registrationReminder.findMany({
    where: { staffId, sentAt: { gte: since }, lesson: { registeredAt: null, cancelled: false }, ...inSchool({ schoolId }) },
    distinct: ["lessonId"],
    select: { lesson: { select: { id: true, date: true, period: true, startMinutes: true, group: { select: { name: true } }, subject: { select: { name: true } } } } },
  });
  return reminders
    .map(({ lesson: l }) => ({ lessonId: l.id, date: isoDate(l.date), period: l.period, startMinutes: l.startMinutes, groupName: l.group.name, subjectName: l.subject.name }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.startMinutes - b.startMinutes);
}
