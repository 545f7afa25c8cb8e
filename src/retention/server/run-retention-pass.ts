import "server-only";
import { schoolToday } from "@/calendar/school-time";
import { allSchoolIds } from "@/db/all-school-ids";
import { prisma } from "@/db/client";
import { withTenant } from "@/db/tenant-context";
import { applyRetention, type TRetentionReport } from "./apply-retention";
import { log } from "@/observability/log";

/**
 * The retention pass over every school of the platform (the nightly job, and
 * `npm run retention`), each on its own day in its own time zone. A school that
 * fails is logged and the others go on; it is tried again the next night.
 */
export async function runRetentionPass({ now, dryRun = false }: { now: Date; dryRun?: boolean }): Promise<TRetentionReport[]> {
  const reports: TRetentionReport[] = [];
  // In name order; each school's part acts for that school only (row-level security, decision 115).
  for (const schoolId of await allSchoolIds()) {
    try {
      reports.push(await withTenant({ schoolId }, async () => {
        const school = await prisma.school.findUniqueOrThrow({ where: { id: schoolId }, select: { timeZone: true } });
        return applyRetention({ schoolId, today: schoolToday(school.timeZone, now), dryRun });
      }));
    } catch (error) {
      log.error("Bewaartermijn van een school niet toegepast (volgende nacht opnieuw)", { schoolId, error });
    }
  }
  return reports;
}
