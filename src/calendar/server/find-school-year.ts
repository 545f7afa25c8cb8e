import "server-only";
import { prisma } from "@/db/client";
import { dbDate, isoDate } from "@/calendar/school-time";
import { inSchool } from "@/db/tenant-scope";

/** The school year that contains the date, or null outside any known school year. */
export async function findSchoolYear({ schoolId, date }: { schoolId: string; date: string }): Promise<{ id: string; name: string; startDate: string; endDate: string } | null> {
  const year = await prisma.schoolYear.findFirst({
    where: { startDate: { lte: dbDate(date) }, endDate: { gte: dbDate(date) }, ...inSchool({ schoolId }) },
    select: { id: true, name: true, startDate: true, endDate: true },
  });
  return year ? { id: year.id, name: year.name, startDate: isoDate(year.startDate), endDate: isoDate(year.endDate) } : null;
}
