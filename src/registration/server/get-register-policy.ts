import "server-only";
import { prisma } from "@/db/client";
import { env } from "@/env";

/** What the register needs of the school: its clock and how long teachers may correct their own marks. */
export async function getRegisterPolicy({ schoolId }: { schoolId: string }): Promise<{ timeZone: string; now: Date; correctionDays: number }> {
  const school = await prisma.school.findUniqueOrThrow({ where: { id: schoolId }, select: { timeZone: true, teacherCorrectionDays: true } });
  const frozen = env().APP_NOW;
  return { timeZone: school.timeZone, now: frozen ? new Date(frozen) : new Date(), correctionDays: school.teacherCorrectionDays };
}
