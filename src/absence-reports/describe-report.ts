import type { AbsenceReportKind, AbsenceReportState, AppointmentType } from "@/db/generated/prisma/enums";
import { clockTime, dutchDate } from "@/calendar/school-time";
import { APPOINTMENT_LABELS } from "./schemas";

/** A stored report as the parent's pages, the confirmation and the e-mail describe it. */
export type ReportView = {
  id: string; pupilId: string; kind: AbsenceReportKind; state: AbsenceReportState;
  startDate: string; startMinutes: number | null; endDate: string | null; endMinutes: number | null;
  appointmentType: AppointmentType | null; appointmentStartMinutes: number | null; appointmentEndMinutes: number | null;
  recoveredAt: string | null; // "2026-11-23 10:10", school time
};

export const KIND_TITLES: Record<AbsenceReportKind, string> = { SICK: "Ziekmelding", MEDICAL: "Afspraak", OTHER: "Melding" };

/**
 * One line for a report, without any diagnosis (none is asked for).
 *
 * @example
 * describeReport(sickFromNowOpen) // "ziek vanaf maandag 23 november 09:21, tot nog niet bekend"
 */
export function describeReport(report: ReportView): string {
  const from = `${dutchDate(report.startDate)}${report.startMinutes === null ? "" : ` ${clockTime(report.startMinutes)}`}`;
  if (report.kind === "MEDICAL" && report.appointmentStartMinutes !== null && report.appointmentEndMinutes !== null) {
    const where = report.appointmentType ? APPOINTMENT_LABELS[report.appointmentType].toLowerCase() : "afspraak";
    const covered = report.startMinutes !== null && report.endMinutes !== null ? `; afwezig van ${clockTime(report.startMinutes)} tot ${clockTime(report.endMinutes)}` : "";
    return `afspraak (${where}) op ${dutchDate(report.startDate)} van ${clockTime(report.appointmentStartMinutes)} tot ${clockTime(report.appointmentEndMinutes)}${covered}`;
  }
  const what = report.kind === "SICK" ? "ziek" : "afwezig";
  if (report.state === "RECOVERED" && report.recoveredAt) return `${what} vanaf ${from}, beter gemeld vanaf ${recoveredText(report.recoveredAt)}`;
  if (report.endDate === null) return `${what} vanaf ${from}, tot nog niet bekend`;
  if (report.endDate === report.startDate && report.endMinutes === null) return `${what} vanaf ${from}, alleen die dag`;
  return `${what} vanaf ${from}, verwacht tot en met ${dutchDate(report.endDate)}`;
}

function recoveredText(moment: string): string {
  const [date, time] = moment.split(" ") as [string, string];
  return time === "00:00" ? dutchDate(date) : `${dutchDate(date)} ${time}`;
}
