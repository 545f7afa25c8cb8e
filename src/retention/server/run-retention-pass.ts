import "server-only";
import { schoolToday } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import { applyRetention, type TRetentionReport } from "./apply-retention";

/**
 * The retention pass over every school of the platform (the nightly job, and
 * `npm run retention`), each on its own day in its own time zone. A school that
 * fails is logged and the others go on; it is tried again the next night.
 */
export async function runRetentionPass({ now, dryRun = false }: { now: Date; dryRun?: boolean }): Promise<TRetentionReport[]> {
  const schools = await prisma.school.findMany({ select: { id: true, timeZone: true }, orderBy: { name: "asc" } });
  const reports: TRetentionReport[] = [];
  for (const school of schools) {
    try {
      reports.push(await applyRetention({ schoolId: school.id, today: schoolToday(school.timeZone, now), dryRun }));
    } catch (error) {
      console.error(`Bewaartermijn van school ${school.id} niet toegepast (volgende nacht opnieuw):`, error);
    }
  }
  return reports;
}
