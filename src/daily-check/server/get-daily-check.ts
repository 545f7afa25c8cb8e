import "server-only";
import { prisma } from "@/db/client";
import { Prisma } from "@/db/generated/prisma/client";
import { inSchool } from "@/db/tenant-scope";
import { dbDate, isoDate } from "@/calendar/school-time";
import { fullName } from "@/pupils/full-name";

export type DailyCheck = {
  unregisteredLessons: { id: string; date: string; period: number; startMinutes: number; groupName: string; subjectName: string; teacher: string; staffId: string | null; remindedAt: Date | null }[];
  unknownAbsences: { registrationId: string; date: string; period: number; pupilId: string; pupilName: string; groupName: string; phones: string[] }[];
  newReports: { id: string; pupilName: string; kind: string; startDate: string; endDate: string | null; createdAt: Date }[];
  /** Reported absent by a parent, yet seen in class by the teacher. */
  mismatches: { registrationId: string; date: string; period: number; pupilId: string; pupilName: string; groupName: string; reportKind: string; observed: string }[];
};

/**
 * The coordinator's morning check over `from`..`today`: lessons that nobody
 * registered (today only those that have ended), pupils absent without a known
 * reason, and the parent reports that came in.
 */
export async function getDailyCheck({ schoolId, from, today, nowMinutes }: { schoolId: string; from: string; today: string; nowMinutes: number }): Promise<DailyCheck> {
  const db = prisma;
  const [lessons, unknown, reports, mismatches] = await Promise.all([
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
        staffId: true,
        staff: { select: { firstName: true, lastName: true, code: true } },
        reminders: { orderBy: { sentAt: "desc" }, take: 1, select: { sentAt: true } },
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
    db.$queryRaw<{ registrationId: string; date: Date; period: number; pupilId: string; firstName: string; infix: string | null; lastName: string; groupName: string; reportKind: string; observed: string }[]>(Prisma.sql`
      SELECT DISTINCT ON (r."id") r."id" AS "registrationId", r."date", l."period", p."id" AS "pupilId", p."firstName", p."infix", p."lastName",
        g."name" AS "groupName", a."kind"::text AS "reportKind", r."observed"::text AS "observed"
      FROM "Registration" r
      JOIN "Lesson" l ON l."schoolId" = r."schoolId" AND l."id" = r."lessonId"
      JOIN "Group" g ON g."schoolId" = l."schoolId" AND g."id" = l."groupId"
      JOIN "Pupil" p ON p."schoolId" = r."schoolId" AND p."id" = r."pupilId"
      JOIN "AbsenceReport" a ON a."schoolId" = r."schoolId" AND a."pupilId" = r."pupilId" AND a."state" = 'ACTIVE'
        AND a."startDate" <= r."date" AND (a."endDate" IS NULL OR a."endDate" >= r."date")
      WHERE r."schoolId" = ${schoolId}::uuid AND r."date" BETWEEN ${dbDate(from)} AND ${dbDate(today)}
        AND r."observed" IN ('PRESENT', 'LATE')
      ORDER BY r."id" LIMIT 200`),
  ]);
  return {
    unregisteredLessons: lessons.map((l) => ({
      id: l.id, date: isoDate(l.date), period: l.period, startMinutes: l.startMinutes,
      groupName: l.group.name, subjectName: l.subject.name,
      teacher: l.staff ? `${l.staff.firstName} ${l.staff.lastName} (${l.staff.code})` : "Geen docent",
      staffId: l.staffId, remindedAt: l.reminders[0]?.sentAt ?? null,
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
    mismatches: mismatches
      .map((m) => ({ registrationId: m.registrationId, date: isoDate(m.date), period: m.period, pupilId: m.pupilId, pupilName: fullName(m), groupName: m.groupName, reportKind: m.reportKind, observed: m.observed }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.pupilName.localeCompare(b.pupilName, "nl") || a.period - b.period),
  };
}
