import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import type { Actor } from "@/auth/load-actor";
import { addDays, dbDate, isoDate } from "@/calendar/school-time";
import { listOwnPupils, type OwnPupil } from "@/guardians/server/own-pupils";
import type { ReportView } from "../describe-report";
import { REPORT_SELECT, toReportView } from "./report-rows";

export type OwnPupilReports = { pupil: OwnPupil; open: ReportView[]; past: ReportView[] };

/**
 * SECURITY-CRITICAL (record scope): the reports of the pupils the actor reports for (own-pupils.ts),
 * open ones (active, not yet ended) and those of the last `pastDays` days.
 */
export async function listOwnReports({ actor, today, timeZone, pastDays = 60 }: { actor: Actor; today: string; timeZone: string; pastDays?: number }): Promise<OwnPupilReports[]> {
  const pupils = await listOwnPupils({ actor, today });
  if (pupils.length === 0) return [];
  const rows = await prisma.absenceReport.findMany({
    where: {
      pupilId: { in: pupils.map((p) => p.id) }, state: { not: "WITHDRAWN" },
      OR: [{ endDate: null }, { endDate: { gte: dbDate(addDays(today, -pastDays)) } }],
      ...inSchool(actor),
    },
    orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
    take: 200,
    select: REPORT_SELECT,
  });
  return pupils.map((pupil) => {
    const mine = rows.filter((r) => r.pupilId === pupil.id);
    const isOpen = (r: (typeof rows)[number]) => r.state === "ACTIVE" && (r.endDate === null || isoDate(r.endDate) >= today);
    return {
      pupil,
      open: mine.filter(isOpen).map((r) => toReportView(r, timeZone)),
      past: mine.filter((r) => !isOpen(r)).slice(0, 10).map((r) => toReportView(r, timeZone)),
    };
  });
}
