import type { AbsenceReportKind } from "@/db/generated/prisma/enums";
import { addDays, clockTime } from "@/calendar/school-time";

/** What a school lets parents (and pupils of 18+) report online (School.report…, set on /beheer). */
export type ReportLimits = {
  reportTodayUntilMinutes: number;
  reportDaysAhead: number;
  reportKinds: readonly AbsenceReportKind[];
  phone: string | null;
};

export const KIND_NOUNS: Record<AbsenceReportKind, string> = { SICK: "een ziekmelding", MEDICAL: "een afspraak (huisarts, tandarts, ziekenhuis)", OTHER: "deze melding" };

/** "Bel de school (010-1234567)." or, without a known number, "Bel de school." */
export function callTheSchool(phone: string | null): string {
  return phone ? `Bel de school: ${phone}.` : "Bel de school.";
}

/**
 * Why the school does not take this report online, or null when it does. A
 * report for today counts until the school's time (inclusive); one for a later
 * day up to `reportDaysAhead` days ahead. The message tells the person to call.
 *
 * @example
 * // Until 12:00, at 12:01 a report for today: refused, with the phone number.
 * reportLimitRefusal({ kind: "SICK", startDate: today }, limits, { today, nowMinutes: 721 })
 */
export function reportLimitRefusal(
  report: { kind: AbsenceReportKind; startDate: string },
  limits: ReportLimits,
  { today, nowMinutes }: { today: string; nowMinutes: number },
): string | null {
  const call = callTheSchool(limits.phone);
  if (!limits.reportKinds.includes(report.kind)) return `De school neemt ${KIND_NOUNS[report.kind]} niet online aan. ${call}`;
  if (report.startDate === today && nowMinutes > limits.reportTodayUntilMinutes) {
    return `Een melding voor vandaag kan online tot ${clockTime(limits.reportTodayUntilMinutes)}. ${call}`;
  }
  if (report.startDate > addDays(today, limits.reportDaysAhead)) {
    return `Online melden kan tot ${limits.reportDaysAhead} ${limits.reportDaysAhead === 1 ? "dag" : "dagen"} vooruit. ${call}`;
  }
  return null;
}
