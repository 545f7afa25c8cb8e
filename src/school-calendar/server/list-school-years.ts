import "server-only";
import { isoDate } from "@/calendar/school-time";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";

export interface SchoolYearSummary {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  holidays: number;
  freeDays: number;
}

/** The school's years, newest first, with how many holidays and free days each has. */
export async function listSchoolYears({ schoolId }: { schoolId: string }): Promise<SchoolYearSummary[]> {
  const years = await prisma.schoolYear.findMany({
    where: inSchool({ schoolId }),
    select: { id: true, name: true, startDate: true, endDate: true, calendarEvents: { select: { kind: true } } },
    orderBy: { startDate: "desc" },
  });
  return years.map((y) => ({
    id: y.id, name: y.name, startDate: isoDate(y.startDate), endDate: isoDate(y.endDate),
    holidays: y.calendarEvents.filter((e) => e.kind === "HOLIDAY").length,
    freeDays: y.calendarEvents.filter((e) => e.kind === "FREE_DAY").length,
  }));
}
