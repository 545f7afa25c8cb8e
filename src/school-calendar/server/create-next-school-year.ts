import "server-only";
import type { Actor } from "@/auth/load-actor";
import { recordAudit } from "@/audit/server/record-audit";
import { appNow } from "@/calendar/app-clock";
import { dbDate, schoolToday } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import { Prisma } from "@/db/generated/prisma/client";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";
import { REGION_NAMES } from "../region-names";
import { nextSchoolYear } from "../next-school-year";
import { schoolYearStartOf } from "../school-year-of";
import type { TCreateNextSchoolYear } from "../schemas";
import { applyCalendarLessons, loadDaysOff, planCalendarLessons } from "./calendar-lessons";

/**
 * Creates the school year after the current one (or the current one, when the school has none yet) (1 August – 31 July): the bell schedules of its weekdays
 * copied from the current year, the ministry's holidays of the school's region filled in when known.
 * Refused when that year exists already.
 */
export async function createNextSchoolYear({ actor, now = appNow() }: { actor: Actor; input?: TCreateNextSchoolYear; now?: Date }): Promise<string> {
  const scope = inSchool(actor);
  const school = await prisma.school.findUniqueOrThrow({ where: { id: actor.schoolId }, select: { region: true, timeZone: true } });
  const today = schoolToday(school.timeZone, now);
  const currentStart = schoolYearStartOf(today);
  const current = await prisma.schoolYear.findFirst({
    where: { startDate: dbDate(`${currentStart}-08-01`), ...scope },
    select: { name: true, bellScheduleUses: { select: { weekday: true, date: true, bellScheduleId: true } } },
  });
  // A school without the current year (a new school) gets that one first.
  const previousStart = current ? currentStart : currentStart - 1;
  const next = nextSchoolYear({ startDate: `${previousStart}-08-01` }, current?.bellScheduleUses ?? [], school.region);
  try {
    await prisma.$transaction(async (tx) => {
      const year = await tx.schoolYear.create({
        data: { schoolId: actor.schoolId, name: next.name, startDate: dbDate(next.startDate), endDate: dbDate(next.endDate) },
        select: { id: true },
      });
      await tx.bellScheduleUse.createMany({ data: next.weekdayUses.map((use) => ({ schoolId: actor.schoolId, schoolYearId: year.id, ...use })) });
      await tx.calendarEvent.createMany({
        data: (next.holidays ?? []).map((h) => ({ schoolId: actor.schoolId, schoolYearId: year.id, kind: "HOLIDAY" as const, name: h.name, startDate: dbDate(h.start), endDate: dbDate(h.end) })),
      });
      // Lessons already there (a timetable imported ahead) follow the holidays at once (decision 150).
      const events = await loadDaysOff(tx, { schoolId: actor.schoolId, from: next.startDate, to: next.endDate });
      const { plan } = await planCalendarLessons(tx, { schoolId: actor.schoolId, from: next.startDate, to: next.endDate, events });
      await applyCalendarLessons(tx, { schoolId: actor.schoolId, plan });
      await recordAudit(tx, {
        actor, action: "calendar.school-year.create", entityType: "SchoolYear", entityId: year.id,
        details: { name: next.name, copiedFrom: current?.name ?? null, weekdayUses: next.weekdayUses.length, holidays: next.holidays?.length ?? null },
      });
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", `Schooljaar ${next.name} bestaat al.`);
    }
    throw error;
  }
  const uses = current ? ` De lestijden per weekdag zijn overgenomen van ${current.name}.` : "";
  const holidays = next.holidays
    ? ` De ${next.holidays.length} schoolvakanties van regio ${REGION_NAMES[school.region]} staan erin.`
    : ` De schoolvakanties van ${next.name} zijn nog niet bekend in Aanwezig: voeg ze zelf toe.`;
  return `Schooljaar ${next.name} is aangemaakt.${uses}${holidays}`;
}

