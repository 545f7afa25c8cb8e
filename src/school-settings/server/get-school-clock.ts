import "server-only";
import { prisma } from "@/db/client";
import { appNow } from "@/calendar/app-clock";

/** The school's time zone and the app's "now" (see appNow). */
export async function getSchoolClock({ schoolId }: { schoolId: string }): Promise<{ timeZone: string; now: Date }> {
  const school = await prisma.school.findUniqueOrThrow({ where: { id: schoolId }, select: { timeZone: true } });
  return { timeZone: school.timeZone, now: appNow() };
}
