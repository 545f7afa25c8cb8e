import "server-only";
import { appNow } from "@/calendar/app-clock";
import { longDate } from "@/calendar/long-date";
import { addDays, schoolToday } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import { AppError } from "@/errors/app-error";

/** The school's tomorrow: the first day whose lessons a bell-schedule change may still give new times (decision 151). */
export async function schoolTomorrow({ schoolId, now = appNow() }: { schoolId: string; now?: Date }): Promise<string> {
  const school = await prisma.school.findUniqueOrThrow({ where: { id: schoolId }, select: { timeZone: true } });
  return addDays(schoolToday(school.timeZone, now), 1);
}

/** Refuses a date before tomorrow in `field`: lessons of today and earlier keep the times they had. */
export function refusePast(date: string, tomorrow: string, field: string): void {
  if (date < tomorrow) {
    throw new AppError("INVALID_INPUT", "Niet alle velden zijn goed ingevuld.", {
      [field]: [`Kies ${longDate(tomorrow)} of later: lessen van vandaag en eerder houden hun tijden.`],
    });
  }
}
