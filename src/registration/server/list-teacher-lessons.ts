import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { dbDate } from "@/calendar/school-time";
import { countLessonPupils } from "./count-lesson-pupils";

export type TeacherLesson = {
  id: string;
  period: number;
  startMinutes: number;
  endMinutes: number;
  groupName: string;
  subjectName: string;
  room: string | null;
  cancelled: boolean;
  cancelReason: string | null;
  pupils: number;
  marked: number;
  fullyRegistered: boolean;
};

/** A teacher's lessons on one date, in period order. */
export async function listTeacherLessons({ schoolId, staffId, date }: { schoolId: string; staffId: string; date: string }): Promise<TeacherLesson[]> {
  const lessons = await prisma.lesson.findMany({
    where: { staffId, date: dbDate(date), ...inSchool({ schoolId }) },
    orderBy: [{ startMinutes: "asc" }, { period: "asc" }],
    select: {
      id: true, period: true, startMinutes: true, endMinutes: true, room: true, cancelled: true, cancelReason: true, registeredAt: true,
      group: { select: { name: true } },
      subject: { select: { name: true } },
      _count: { select: { registrations: { where: { observed: { not: null } } } } },
    },
  });
  const pupils = await countLessonPupils({ schoolId, lessonIds: lessons.map((l) => l.id) });
  return lessons.map((l) => ({
    id: l.id,
    period: l.period,
    startMinutes: l.startMinutes,
    endMinutes: l.endMinutes,
    groupName: l.group.name,
    subjectName: l.subject.name,
    room: l.room,
    cancelled: l.cancelled,
    cancelReason: l.cancelReason,
    pupils: pupils.get(l.id) ?? 0,
    marked: l._count.registrations,
    fullyRegistered: l.registeredAt !== null,
  }));
}
