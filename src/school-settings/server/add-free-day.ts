import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { dbDate } from "@/calendar/school-time";
import type { TAddFreeDay } from "../schemas";
import { recordAudit } from "@/audit/server/record-audit";

/** Adds a study day or other free day (or a range of them) to the school year it falls in. */
export async function addFreeDay({ actor, input }: { actor: Actor; input: TAddFreeDay }): Promise<string> {
  const year = await prisma.schoolYear.findFirst({
    where: { startDate: { lte: dbDate(input.startDate) }, endDate: { gte: dbDate(input.endDate) }, ...inSchool(actor) },
    select: { id: true },
  });
  if (!year) throw new AppError("INVALID_INPUT", "Deze dagen vallen niet binnen één ingericht schooljaar.", { startDate: ["Kies dagen binnen het schooljaar."] });
  await prisma.$transaction(async (tx) => {
    const event = await tx.calendarEvent.create({
      data: { schoolId: actor.schoolId, schoolYearId: year.id, kind: "FREE_DAY", name: input.name, startDate: dbDate(input.startDate), endDate: dbDate(input.endDate) },
      select: { id: true },
    });
    await recordAudit(tx, { actor, action: "calendar.free-day.add", entityType: "CalendarEvent", entityId: event.id, details: input });
  });
  return `‘${input.name}’ staat in de kalender.`;
}
