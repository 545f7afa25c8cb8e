import "server-only";
import { prisma } from "@/db/client";
import type { Actor } from "@/auth/load-actor";
import { appNow } from "@/calendar/app-clock";
import { schoolMinutesNow, schoolToday } from "@/calendar/school-time";
import type { ReportLimits } from "../report-limits";

/** What every report use case needs to know about the school and the moment. */
export type ReportContext = {
  limits: ReportLimits & { appointmentTravelMinutes: number };
  schoolName: string;
  timeZone: string;
  now: Date;
  today: string;
  nowMinutes: number;
};

export async function loadReportContext({ actor }: { actor: Actor }): Promise<ReportContext> {
  const school = await prisma.school.findUniqueOrThrow({
    where: { id: actor.schoolId },
    select: { name: true, timeZone: true, phone: true, reportTodayUntilMinutes: true, reportDaysAhead: true, reportKinds: true, appointmentTravelMinutes: true },
  });
  const now = appNow();
  return {
    limits: {
      reportTodayUntilMinutes: school.reportTodayUntilMinutes, reportDaysAhead: school.reportDaysAhead, reportKinds: school.reportKinds,
      appointmentTravelMinutes: school.appointmentTravelMinutes, phone: school.phone,
    },
    schoolName: school.name,
    timeZone: school.timeZone,
    now,
    today: schoolToday(school.timeZone, now),
    nowMinutes: schoolMinutesNow(school.timeZone, now),
  };
}
