import "server-only";
import { prisma } from "@/db/client";
import { env } from "@/env";

/**
 * The school's time zone and "now". `APP_NOW` (an ISO timestamp) freezes the
 * clock for demos and end-to-end tests; production leaves it unset.
 */
export async function getSchoolClock({ schoolId }: { schoolId: string }): Promise<{ timeZone: string; now: Date }> {
  const school = await prisma.school.findUniqueOrThrow({ where: { id: schoolId }, select: { timeZone: true } });
  const frozen = env().APP_NOW;
  return { timeZone: school.timeZone, now: frozen ? new Date(frozen) : new Date() };
}
