import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { dbDate } from "@/calendar/school-time";
import type { ReportView } from "../describe-report";
import { REPORT_SELECT, toReportView } from "./report-rows";

/**
 * The open reports (active, not yet ended) of pupils the caller may already see (a mentor's groups: the
 * caller scopes the ids), by pupil. What was reported and when; never the parent's note.
 */
export async function listOpenReportsOfPupils({ schoolId, pupilIds, today, timeZone }: { schoolId: string; pupilIds: string[]; today: string; timeZone: string }): Promise<Map<string, ReportView[]>> {
  if (pupilIds.length === 0) return new Map();
  const rows = await prisma.absenceReport.findMany({
    where: { pupilId: { in: pupilIds }, state: "ACTIVE", OR: [{ endDate: null }, { endDate: { gte: dbDate(today) } }], ...inSchool({ schoolId }) },
    orderBy: [{ startDate: "asc" }, { createdAt: "asc" }],
    take: 500,
    select: REPORT_SELECT,
  });
  const byPupil = new Map<string, ReportView[]>();
  for (const row of rows) byPupil.set(row.pupilId, [...(byPupil.get(row.pupilId) ?? []), toReportView(row, timeZone)]);
  return byPupil;
}
