import "server-only";
import type { Actor } from "@/auth/load-actor";
import { isoDate } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import type { AdjustmentCategory, AdjustmentKind } from "@/db/generated/prisma/enums";
import { inSchool } from "@/db/tenant-scope";
import { MAX_PERIOD } from "../schemas";
import { findPupilForSchedule } from "./find-pupil-for-schedule";

export type TScheduleChange = {
  id: string; kind: AdjustmentKind; category: AdjustmentCategory; subjectId: string | null; subjectName: string | null;
  /** A change tied to the timetable (one lesson, one timetable entry): shown, ended or removed, not edited here. */
  target: string | null; fromTimetable: boolean; oneLesson: boolean;
  weekdays: number[]; periods: number[]; validFrom: string; validUntil: string | null; reason: string;
};

export type TScheduleChangesPage = {
  pupil: { id: string; name: string };
  changes: TScheduleChange[];
  subjects: { id: string; name: string }[];
  /** The highest lesson period of the school's bell schedules (the form's period checkboxes). */
  periods: number;
};

const WEEKDAY = ["", "ma", "di", "wo", "do", "vr", "za", "zo"];

/**
 * A pupil's schedule changes, newest first, with what the form needs. Record-scoped: another school's
 * pupil, or another group's for a mentor, is "not found".
 */
export async function listScheduleChanges({ actor, pupilId }: { actor: Actor; pupilId: string }): Promise<TScheduleChangesPage> {
  const pupil = await findPupilForSchedule(prisma, actor, pupilId);
  const [changes, subjects, period] = await Promise.all([
    prisma.scheduleAdjustment.findMany({
      where: { pupilId: pupil.id, ...inSchool(actor) },
      orderBy: [{ validFrom: "desc" }, { createdAt: "desc" }],
      select: {
        id: true, kind: true, category: true, subjectId: true, weekdays: true, periods: true, validFrom: true, validUntil: true, reason: true,
        subject: { select: { name: true } },
        lesson: { select: { date: true, period: true, subject: { select: { name: true } }, group: { select: { name: true } } } },
        timetableEntry: { select: { weekday: true, period: true, subject: { select: { name: true } }, group: { select: { name: true } } } },
      },
    }),
    prisma.subject.findMany({ where: { ...inSchool(actor) }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    prisma.bellPeriod.aggregate({ where: { ...inSchool(actor) }, _max: { number: true } }),
  ]);
  return {
    pupil,
    changes: changes.map((c) => ({
      id: c.id, kind: c.kind, category: c.category, subjectId: c.subjectId, subjectName: c.subject?.name ?? null,
      target: c.lesson
        ? `${c.lesson.subject.name} bij ${c.lesson.group.name}, ${isoDate(c.lesson.date).split("-").reverse().join("-")} lesuur ${c.lesson.period}`
        : c.timetableEntry
          ? `${c.timetableEntry.subject.name} bij ${c.timetableEntry.group.name}, ${WEEKDAY[c.timetableEntry.weekday]} lesuur ${c.timetableEntry.period}`
          : null,
      fromTimetable: c.lesson !== null || c.timetableEntry !== null,
      oneLesson: c.lesson !== null,
      weekdays: c.weekdays, periods: c.periods, validFrom: isoDate(c.validFrom), validUntil: c.validUntil ? isoDate(c.validUntil) : null, reason: c.reason,
    })),
    subjects,
    periods: Math.min(Math.max(period._max.number ?? 8, 1), MAX_PERIOD),
  };
}
