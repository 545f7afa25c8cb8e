import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { dbDate } from "@/calendar/school-time";
import { countLessonPupils } from "./count-lesson-pupils";

export type LessonSummary = {
  id: string;
  period: number;
  startMinutes: number;
  endMinutes: number;
  groupName: string;
  subjectName: string;
  teacherName: string | null;
  room: string | null;
  cancelled: boolean;
  cancelReason: string | null;
  pupils: number;
  marked: number;
  fullyRegistered: boolean;
};

/**
 * The lessons of one date: a teacher's own (`staffId`), or the school's, narrowed
 * by group name or period (`search`, for a substitute looking for a lesson).
 */
export async function listLessons({ schoolId, date, staffId, search }: { schoolId: string; date: string; staffId?: string; search?: string }): Promise<LessonSummary[]> {
  const term = search?.trim();
  const period = term && /^\d{1,2}$/.test(term) ? Number(term) : undefined;
  const lessons = await prisma.lesson.findMany({
    where: {
      date: dbDate(date),
      ...(staffId ? { staffId } : {}),
      ...(period !== undefined ? { period } : term ? { group: { name: { contains: term, mode: "insensitive" as const } } } : {}),
      ...inSchool({ schoolId }),
    },
    orderBy: [{ startMinutes: "asc" }, { period: "asc" }],
    take: 400,
    select: {
      id: true, period: true, startMinutes: true, endMinutes: true, room: true, cancelled: true, cancelReason: true, registeredAt: true,
      group: { select: { name: true } },
      subject: { select: { name: true } },
      staff: { select: { firstName: true, lastName: true } },
    },
  });
  const lessonIds = lessons.map((l) => l.id);
  const [pupils, marked] = await Promise.all([countLessonPupils({ schoolId, lessonIds }), countMarked({ schoolId, lessonIds })]);
  return lessons.map((l) => ({
    id: l.id,
    period: l.period,
    startMinutes: l.startMinutes,
    endMinutes: l.endMinutes,
    groupName: l.group.name,
    subjectName: l.subject.name,
    teacherName: l.staff ? `${l.staff.firstName} ${l.staff.lastName}` : null,
    room: l.room,
    cancelled: l.cancelled,
    cancelReason: l.cancelReason,
    pupils: pupils.get(l.id) ?? 0,
    marked: marked.get(l.id) ?? 0,
    fullyRegistered: l.registeredAt !== null,
  }));
}

/**
 * Per lesson, its registrations with a mark or a category. Not Prisma's relation `_count`: that
 * aggregates the whole Registration table (every school's) before it joins, ~100 ms per page at a
 * few hundred thousand rows and growing with the platform; this reads only these lessons' rows.
 */
async function countMarked({ schoolId, lessonIds }: { schoolId: string; lessonIds: string[] }): Promise<Map<string, number>> {
  if (lessonIds.length === 0) return new Map();
  const groups = await prisma.registration.groupBy({
    by: ["lessonId"],
    where: { lessonId: { in: lessonIds }, OR: [{ observed: { not: null } }, { status: { not: "UNREGISTERED" } }], ...inSchool({ schoolId }) },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.lessonId, group._count._all]));
}
