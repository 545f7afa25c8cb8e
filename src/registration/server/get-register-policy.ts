import "server-only";
import { prisma } from "@/db/client";
import { appNow } from "@/calendar/app-clock";

/** What the register needs of the school: its clock and how long teachers may correct their own marks. */
export async function getRegisterPolicy({ schoolId }: { schoolId: string }): Promise<{ timeZone: string; now: Date; correctionDays: number }> {
  const school = await prisma.school.findUniqueOrThrow({ where: { id: schoolId }, select: { timeZone: true, teacherCorrectionDays: true } });
  return { timeZone: school.timeZone, now: appNow(), correctionDays: school.teacherCorrectionDays };
}
