import type { DuoAbsenceKind } from "@/db/generated/prisma/enums";

/** DUO's verzuimsoorten (DOMAIN.md), as a letter to parents names them. */
export const DUO_ABSENCE_KIND_LABELS: Record<DuoAbsenceKind, string> = {
  RELATIVE_16H: "16 uur ongeoorloofd verzuim in 4 weken",
  RELATIVE_16H_18PLUS: "16 uur ongeoorloofd verzuim in 4 weken (18+)",
  LONG_TERM_RELATIVE: "langdurig relatief verzuim",
  LUXURY: "luxe verzuim",
  OTHER: "overig verzuim",
  RMC_18PLUS: "18-plus verzuim",
};

// The report's state and DUO's statuses read the same everywhere: the DUO reports' own labels.
export { REPORT_STATE_LABELS as DUO_REPORT_STATE_LABELS, DUO_STATUS_LABELS } from "@/duo-reports/duo-labels";
