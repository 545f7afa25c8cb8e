import type { DuoAbsenceKind, DuoReportState, DuoStatus } from "@/db/generated/prisma/enums";

/** DUO's verzuimsoorten (DOMAIN.md), as a letter to parents names them. */
export const DUO_ABSENCE_KIND_LABELS: Record<DuoAbsenceKind, string> = {
  RELATIVE_16H: "16 uur ongeoorloofd verzuim in 4 weken",
  RELATIVE_16H_18PLUS: "16 uur ongeoorloofd verzuim in 4 weken (18+)",
  LONG_TERM_RELATIVE: "langdurig relatief verzuim",
  LUXURY: "luxe verzuim",
  OTHER: "overig verzuim",
  RMC_18PLUS: "18-plus verzuim",
};

export const DUO_REPORT_STATE_LABELS: Record<DuoReportState, string> = {
  DRAFT: "Concept",
  READY: "Klaar om te versturen",
  SUBMITTED: "Verstuurd naar DUO",
};

export const DUO_STATUS_LABELS: Record<DuoStatus, string> = {
  REGISTERED: "Geregistreerd",
  IN_PROGRESS: "In behandeling",
  CLOSED: "Afgesloten",
  ACKNOWLEDGED: "Ter kennisgeving aangenomen",
  WITHDRAWN: "Ingetrokken",
};
