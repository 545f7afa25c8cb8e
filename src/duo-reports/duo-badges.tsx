import type { DuoReportState, DuoStatus } from "@/db/generated/prisma/enums";
import { DUO_STATUS_LABELS, REPORT_STATE_LABELS } from "./duo-labels";

const badge = "inline-block rounded-full px-2.5 py-0.5 text-xs font-medium";
const STATE_STYLE: Record<DuoReportState, string> = {
  DRAFT: "bg-amber-100 text-amber-900",
  READY: "bg-blue-100 text-blue-900",
  SUBMITTED: "bg-green-100 text-green-900",
};

/** Where a report stands: our state, DUO's status, and the end date still to pass on. Text, not colour alone, carries the meaning. */
export function DuoBadges({ state, duoStatus, endDateUpdateNeeded }: { state: DuoReportState; duoStatus: DuoStatus | null; endDateUpdateNeeded: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1.5">
      <span className={`${badge} ${STATE_STYLE[state]}`}>{REPORT_STATE_LABELS[state]}</span>
      {duoStatus ? <span className={`${badge} bg-slate-100 text-slate-800`}>DUO: {DUO_STATUS_LABELS[duoStatus]}</span> : null}
      {endDateUpdateNeeded ? <span className={`${badge} bg-orange-100 text-orange-900`}>Einddatum doorgeven</span> : null}
    </span>
  );
}
