import type { DuoReportState, DuoStatus } from "@/db/generated/prisma/enums";
import { DUO_STATUS_LABELS, REPORT_STATE_LABELS } from "./duo-labels";

/**
 * The school's side: a draft is completed (READY), may go back to being
 * edited, and is then submitted to DUO. What was submitted never changes.
 */
export const NEXT_REPORT_STATES: Readonly<Record<DuoReportState, readonly DuoReportState[]>> = {
  DRAFT: ["READY"],
  READY: ["DRAFT", "SUBMITTED"],
  SUBMITTED: [],
};

/**
 * DUO's side, after submission. Submitting registers the report
 * (Geregistreerd); the municipality takes it in progress, closes it or takes
 * note of it (ter kennisgeving), and the school can withdraw it while the
 * municipality has not finished with it. Closed, acknowledged and withdrawn
 * reports are final. REGISTERED is never chosen: submitting sets it.
 */
export const NEXT_DUO_STATUSES: Readonly<Record<DuoStatus, readonly DuoStatus[]>> = {
  REGISTERED: ["IN_PROGRESS", "CLOSED", "ACKNOWLEDGED", "WITHDRAWN"],
  IN_PROGRESS: ["CLOSED", "ACKNOWLEDGED", "WITHDRAWN"],
  CLOSED: [],
  ACKNOWLEDGED: [],
  WITHDRAWN: [],
};

const quote = (label: string) => `‘${label}’`;

/**
 * Why the school-side step `from → to` is refused, in Dutch, or null when it is allowed.
 *
 * @example reportStateChangeError("DRAFT", "SUBMITTED")
 * // "Een concept kan niet als gemeld worden gemarkeerd: maak de melding eerst klaar voor verzending."
 */
export function reportStateChangeError(from: DuoReportState, to: DuoReportState): string | null {
  if (NEXT_REPORT_STATES[from].includes(to)) return null;
  if (from === "SUBMITTED") return "Deze melding is al bij DUO gemeld en verandert niet meer. Trek haar zo nodig in bij DUO en leg dat hier vast.";
  if (from === "DRAFT" && to === "SUBMITTED") return "Een concept kan niet als gemeld worden gemarkeerd: maak de melding eerst klaar voor verzending.";
  if (from === "READY" && to === "READY") return "De melding is al klaar voor verzending.";
  if (from === "DRAFT" && to === "DRAFT") return "De melding is al een concept.";
  return `Een melding met de status ${quote(REPORT_STATE_LABELS[from])} kan niet naar ${quote(REPORT_STATE_LABELS[to])}.`;
}

/**
 * Why setting DUO's status `to` is refused, in Dutch (with the form field it
 * concerns), or null when DUO's lifecycle allows it. A closed report needs
 * one of the closing reasons.
 *
 * @example duoStatusChangeError({ state: "SUBMITTED", duoStatus: "CLOSED" }, "IN_PROGRESS", { closingReason: null })
 * // { field: "duoStatus", message: "Een melding met de DUO-status ‘Afgesloten’ verandert niet meer van status." }
 */
export function duoStatusChangeError(
  report: { state: DuoReportState; duoStatus: DuoStatus | null },
  to: DuoStatus,
  options: { closingReason: string | null },
): { field: "duoStatus" | "closingReason"; message: string } | null {
  const refuse = (message: string) => ({ field: "duoStatus" as const, message });
  if (report.state !== "SUBMITTED" || report.duoStatus === null) {
    return refuse("Een DUO-status hoort bij een melding die bij DUO is gemeld. Markeer de melding eerst als gemeld bij DUO.");
  }
  const from = report.duoStatus;
  if (to === "REGISTERED") return refuse(`${quote(DUO_STATUS_LABELS.REGISTERED)} krijgt een melding vanzelf wanneer je haar als gemeld markeert.`);
  if (from === to) return refuse(`De melding heeft de DUO-status ${quote(DUO_STATUS_LABELS[to])} al.`);
  const next = NEXT_DUO_STATUSES[from];
  if (next.length === 0) return refuse(`Een melding met de DUO-status ${quote(DUO_STATUS_LABELS[from])} verandert niet meer van status.`);
  if (!next.includes(to)) {
    return refuse(`Van ${quote(DUO_STATUS_LABELS[from])} kan een melding niet naar ${quote(DUO_STATUS_LABELS[to])}. Wel mogelijk: ${next.map((s) => quote(DUO_STATUS_LABELS[s])).join(", ")}.`);
  }
  if (to === "CLOSED" && !options.closingReason) return { field: "closingReason", message: "Kies de reden waarom de gemeente de melding heeft afgesloten." };
  return null;
}
