import "server-only";
import type { Prisma } from "@/db/generated/prisma/client";
import { isoDate } from "@/calendar/school-time";
import { inSchool } from "@/db/tenant-scope";
import { AppError } from "@/errors/app-error";
import type { YearBounds } from "../event-dates";

/** One school year of the actor's school, or NOT_FOUND (also for another school's year). */
export async function findYearOrThrow(tx: Prisma.TransactionClient, { schoolId, yearId }: { schoolId: string; yearId: string }): Promise<YearBounds & { id: string }> {
  const year = await tx.schoolYear.findFirst({ where: { id: yearId, ...inSchool({ schoolId }) }, select: { id: true, name: true, startDate: true, endDate: true } });
  if (!year) throw new AppError("NOT_FOUND", "Dit schooljaar bestaat niet (meer).", { yearId: ["Kies een schooljaar uit de lijst."] });
  return { id: year.id, name: year.name, startDate: isoDate(year.startDate), endDate: isoDate(year.endDate) };
}
