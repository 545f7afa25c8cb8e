import "server-only";
import { prisma } from "@/db/client";
import { Prisma } from "@/db/generated/prisma/client";
import { inSchool } from "@/db/tenant-scope";
import { isoDate, schoolInstant } from "@/calendar/school-time";
import { AppError } from "@/errors/app-error";
import { fullName } from "@/pupils/full-name";
import { describeChange } from "../describe-change";
import type { RegisterView } from "../register-types";
import { findKnownAbsences } from "./find-known-absences";
import { lessonPupilsSql } from "./lesson-pupils-sql";

export type LessonForRegister = {
  id: string; date: Date; period: number; startMinutes: number; endMinutes: number; cancelled: boolean;
  staffId: string | null; registeredAt: Date | null; room: string | null;
  group: { name: string }; subject: { name: string }; staff: { firstName: string; lastName: string } | null;
};

export async function findLessonForRegister({ schoolId, lessonId }: { schoolId: string; lessonId: string }): Promise<LessonForRegister> {
  const lesson = await prisma.lesson.findFirst({
    where: { id: lessonId, ...inSchool({ schoolId }) },
    select: {
      id: true, date: true, period: true, startMinutes: true, endMinutes: true, cancelled: true, staffId: true, registeredAt: true, room: true,
      group: { select: { name: true } }, subject: { select: { name: true } }, staff: { select: { firstName: true, lastName: true } },
    },
  });
  // The same answer for "does not exist" and "belongs to another school".
  if (!lesson) throw new AppError("NOT_FOUND", "Deze les bestaat niet.");
  return lesson;
}

export async function lessonPupilIds({ schoolId, lessonId }: { schoolId: string; lessonId: string }): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ pupilId: string }[]>(Prisma.sql`SELECT "pupilId" FROM (${lessonPupilsSql(schoolId, [lessonId])}) p`);
  return rows.map((r) => r.pupilId);
}

/** The register of one lesson: its pupils, what is known about them, their marks and history. */
export async function getLessonRegister({ schoolId, lessonId, timeZone, now, readOnlyReason }: {
  schoolId: string; lessonId: string; timeZone: string; now: Date; readOnlyReason: string | null;
}): Promise<RegisterView> {
  const lesson = await findLessonForRegister({ schoolId, lessonId });
  const pupilIds = await lessonPupilIds({ schoolId, lessonId });
  const date = isoDate(lesson.date);
  const [pupils, registrations, known] = await Promise.all([
    prisma.pupil.findMany({ where: { id: { in: pupilIds }, ...inSchool({ schoolId }) }, select: { id: true, firstName: true, infix: true, lastName: true } }),
    prisma.registration.findMany({
      where: { lessonId, pupilId: { in: pupilIds }, ...inSchool({ schoolId }) },
      select: {
        pupilId: true, observed: true, observedLateMinutes: true, status: true, statusSource: true, lastMarkedAt: true,
        changes: { orderBy: { changedAt: "asc" }, select: { changedAt: true, changedById: true, fromObserved: true, toObserved: true, fromStatus: true, toStatus: true, toLateMinutes: true } },
      },
    }),
    findKnownAbsences({ schoolId, pupilIds, lesson: { date, startMinutes: lesson.startMinutes, endMinutes: lesson.endMinutes, timeZone } }),
  ]);
  const userIds = [...new Set(registrations.flatMap((r) => r.changes.map((c) => c.changedById)).filter((id): id is string => Boolean(id)))];
  const users = new Map((await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const byPupil = new Map(registrations.map((r) => [r.pupilId, r]));

  return {
    lesson: {
      id: lesson.id, date, period: lesson.period, startMinutes: lesson.startMinutes, endMinutes: lesson.endMinutes,
      groupName: lesson.group.name, subjectName: lesson.subject.name, room: lesson.room, cancelled: lesson.cancelled,
      teacherName: lesson.staff ? `${lesson.staff.firstName} ${lesson.staff.lastName}` : null,
      registeredAt: lesson.registeredAt?.toISOString() ?? null,
      startsAt: schoolInstant(date, lesson.startMinutes, timeZone).toISOString(),
    },
    pupils: pupils
      .sort((a, b) => a.lastName.localeCompare(b.lastName, "nl") || a.firstName.localeCompare(b.firstName, "nl"))
      .map((p) => {
        const r = byPupil.get(p.id);
        const k = known.get(p.id);
        return {
          pupilId: p.id,
          name: fullName(p),
          initials: `${p.firstName[0] ?? ""}${p.lastName[0] ?? ""}`.toUpperCase(),
          observed: r?.observed ?? null,
          observedLateMinutes: r?.observedLateMinutes ?? null,
          // A report made after the registration row was created still shows.
          status: r && r.status !== "UNREGISTERED" ? r.status : (k?.status ?? "UNREGISTERED"),
          statusSource: r?.statusSource ?? k?.source ?? null,
          known: k ? { status: k.status, source: k.source } : null,
          lastMarkedAt: r?.lastMarkedAt?.toISOString() ?? null,
          history: (r?.changes ?? []).map((c) => ({
            at: c.changedAt.toISOString(),
            by: (c.changedById && users.get(c.changedById)) || "Systeem",
            ...describeChange(c),
          })),
        };
      }),
    readOnlyReason,
    serverNow: now.toISOString(),
  };
}
