import type { DuoAbsenceKind, DuoReportState, DuoStatus } from "@/db/generated/prisma/enums";

/** Our own lifecycle of a report, before DUO has it. */
export const REPORT_STATE_LABELS: Record<DuoReportState, string> = {
  DRAFT: "Concept",
  READY: "Klaar voor verzending",
  SUBMITTED: "Gemeld bij DUO",
};

/** DUO's statuses of a submitted report, as DUO names them (duo.nl, August 2020). */
export const DUO_STATUS_LABELS: Record<DuoStatus, string> = {
  REGISTERED: "Geregistreerd",
  IN_PROGRESS: "In behandeling",
  CLOSED: "Afgesloten",
  ACKNOWLEDGED: "Ter kennisgeving aangenomen",
  WITHDRAWN: "Ingetrokken",
};

/**
 * The verzuimsoorten with the codes of DOMAIN.md ("supplied by the school").
 * The labels are DUO's current names; the codes are not in the Besluit
 * Verzuimmelding and could not be checked against DUO (docs/decisions/060).
 */
export const DUO_ABSENCE_KINDS: Record<DuoAbsenceKind, { code: string; label: string }> = {
  RELATIVE_16H: { code: "V3", label: "16 uur in 4 weken" },
  RELATIVE_16H_18PLUS: { code: "V4", label: "16 uur in 4 weken (18+)" },
  LONG_TERM_RELATIVE: { code: "LRV", label: "Langdurig relatief verzuim" },
  LUXURY: { code: "L", label: "Luxe verzuim" },
  OTHER: { code: "O", label: "Overig verzuim" },
  RMC_18PLUS: { code: "RMC", label: "Doorstroompunt 18-plus verzuim" },
};

/**
 * Why the municipality closed a report: the list of 7 of the Besluit
 * Verzuimmelding (annex, "Reden melding afgesloten"), verbatim.
 */
export const CLOSING_REASONS = {
  BACK_TO_SCHOOL: "Terug naar school, opleiding hervat",
  ENROLMENT_ENDED_OTHER_EDUCATION: "Inschrijving beëindigd, andere opleiding",
  ENROLMENT_ENDED_WORK: "Inschrijving beëindigd, werk",
  ENROLMENT_ENDED_OTHER: "Inschrijving beëindigd, overige redenen",
  ENROLMENT_ENDED_DECEASED: "Inschrijving beëindigd, leerling overleden",
  NO_ABSENCE_LONG_TERM_SICK: "Geen verzuim, langdurig ziek",
  NO_ABSENCE_LEGITIMATELY_ABSENT: "Geen verzuim, legitiem afwezig",
} as const;
export type TClosingReason = keyof typeof CLOSING_REASONS;
export const CLOSING_REASON_CODES = Object.keys(CLOSING_REASONS) as [TClosingReason, ...TClosingReason[]];

export function closingReasonLabel(code: string | null): string | null {
  if (code === null) return null;
  return (CLOSING_REASONS as Record<string, string>)[code] ?? code;
}

/** "23-11-2026", as DUO's forms write dates. */
export function dutchShortDate(isoDate: string): string {
  return `${isoDate.slice(8, 10)}-${isoDate.slice(5, 7)}-${isoDate.slice(0, 4)}`;
}

/** Clock hours with a decimal comma: 6.67 → "6,67". */
export function dutchHours(hours: number): string {
  return hours.toLocaleString("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
}
