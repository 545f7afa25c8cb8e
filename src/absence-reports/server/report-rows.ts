import "server-only";
import { prisma } from "@/db/client";
import { inSchool } from "@/db/tenant-scope";
import { clockTime, isoDate, schoolMinutesNow, schoolToday } from "@/calendar/school-time";
import type { ReportView } from "../describe-report";

export const REPORT_SELECT = {
  id: true, pupilId: true, kind: true, state: true, startDate: true, startMinutes: true, endDate: true, endMinutes: true,
  appointmentType: true, appointmentStartMinutes: true, appointmentEndMinutes: true, recoveredAt: true, createdAt: true,
} as const;

type Row = {
  id: string; pupilId: string; kind: ReportView["kind"]; state: ReportView["state"]; startDate: Date; startMinutes: number | null;
  endDate: Date | null; endMinutes: number | null; appointmentType: ReportView["appointmentType"]; appointmentStartMinutes: number | null;
  appointmentEndMinutes: number | null; recoveredAt: Date | null;
};

export function toReportView(row: Row, timeZone: string): ReportView {
  return {
    ...row,
    startDate: isoDate(row.startDate),
    endDate: row.endDate ? isoDate(row.endDate) : null,
    recoveredAt: row.recoveredAt ? `${schoolToday(timeZone, row.recoveredAt)} ${clockTime(schoolMinutesNow(timeZone, row.recoveredAt))}` : null,
  };
}

/** The reports made with these idempotency keys (a repeated form), in the order of the keys. */
export async function findReportsByKeys({ schoolId, keys, timeZone }: { schoolId: string; keys: string[]; timeZone: string }): Promise<ReportView[]> {
  const rows = await prisma.absenceReport.findMany({ where: { idempotencyKey: { in: keys }, ...inSchool({ schoolId }) }, select: { ...REPORT_SELECT, idempotencyKey: true } });
  return rows.sort((a, b) => keys.indexOf(a.idempotencyKey!) - keys.indexOf(b.idempotencyKey!)).map((r) => toReportView(r, timeZone));
}
