import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { dbDate, isoDate } from "@/calendar/school-time";
import { fullName } from "@/pupils/full-name";

export type DailyCheck = {
  unregisteredLessons: { id: string; date: string; period: number; startMinutes: number; groupName: string; subjectName: string; teacher: string }[];
  unknownAbsences: { registrationId: string; date: string; period: number; pupilId: string; pupilName: string; groupName: string; phones: string[] }[];
  newReports: { id: string; pupilName: string; kind: string; startDate: string; endDate: string | null; createdAt: Date }[];
};

/**
 * The coordinator's morning check over `from`..`today`: lessons that nobody
 * registered (today only those that have ended), pupils absent without a known
 * reason, and the parent reports that came in.
 */
export async function getDailyCheck({ schoolId, from, today, nowMinutes }: { schoolId: string; from: string; today: string; nowMinutes: number }): Promise<DailyCheck> {
  const db = prisma;
  const [lessons, unknown, reports] = await Promise.all([
    db.lesson.findMany({
      where: {
        cancelled: false,
        registeredAt: null,
        OR: [
          { date: { gte: dbDate(from), lt: dbDate(today) } },
          { date: dbDate(today), endMinutes: { lte: nowMinutes } },
        ],
        ...inSchool({ schoolId }),
      },
      orderBy: [{ date: "asc" }, { startMinutes: "asc" }],
      take: 500,
      select: {
        id: true, date: true, period: true, startMinutes: true,
        group: { select: { name: true } }, subject: { select: { name: true } },
        staff: { select: { firstName: true, lastName: true, code: true } },
      },
    }),
    db.registration.findMany({
      where: { status: "ABSENT_UNKNOWN", date: { gte: dbDate(from), lte: dbDate(today) }, ...inSchool({ schoolId }) },
      orderBy: [{ date: "asc" }],
      take: 500,
      select: {
        id: true, date: true,
        lesson: { select: { period: true, group: { select: { name: true } } } },
        pupil: {
          select: {
            id: true, firstName: true, infix: true, lastName: true,
            guardians: { select: { guardian: { select: { phone: true } } } },
          },
        },
      },
    }),
    db.absenceReport.findMany({
      where: { createdAt: { gte: dbDate(from) }, state: { not: "WITHDRAWN" }, ...inSchool({ schoolId }) },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { id: true, kind: true, startDate: true, endDate: true, createdAt: true, pupil: { select: { firstName: true, infix: true, lastName: true } } },
    }),
  ]);
  return {
    unregisteredLessons: lessons.map((l) => ({
      id: l.id, date: isoDate(l.date), period: l.period, startMinutes: l.startMinutes,
      groupName: l.group.name, subjectName: l.subject.name,
      teacher: l.staff ? `${l.staff.firstName} ${l.staff.lastName} (${l.staff.code})` : "Geen docent",
    })),
    unknownAbsences: unknown.map((r) => ({
      registrationId: r.id, date: isoDate(r.date), period: r.lesson.period, pupilId: r.pupil.id,
      pupilName: fullName(r.pupil), groupName: r.lesson.group.name,
      phones: r.pupil.guardians.map((g) => g.guardian.phone).filter((p): p is string => Boolean(p)),
    })),
    newReports: reports.map((r) => ({
      id: r.id, pupilName: fullName(r.pupil), kind: r.kind, startDate: isoDate(r.startDate),
      endDate: r.endDate ? isoDate(r.endDate) : null, createdAt: r.createdAt,
    })),
  };
}
