import type { SignalState } from "@/db/generated/prisma/enums";

/** The signal kinds of RULES.md in the words a coordinator and a mentor use. */
export const SIGNAL_KIND_LABELS: Record<string, string> = {
  RELATIVE_16H: "16 uur in 4 weken",
  LONG_TERM_RELATIVE: "Langdurig relatief verzuim",
  LUXURY: "Luxe verzuim",
  RMC_18PLUS: "18-plus verzuim (Doorstroompunt)",
  RMC_18PLUS_FOLLOWUP: "18-plus verzuim, vervolg",
  LUXURY_SUSPECTED: "Mogelijk luxe verzuim (rond een vakantie)",
  SICKNESS_NEAR_HOLIDAY: "Ziek rond een vakantie",
  LATE_ARRIVALS: "Vaak te laat",
  SICKNESS_LONG: "Lang ziek",
  SICKNESS_FREQUENT: "Vaak ziek",
  UNEXCUSED_LETTER: "Verzuimbrief (meer dan 8 uur)",
  HOMEBOUND: "Thuiszitter",
  SUSPENSION_TOO_LONG: "Schorsing langer dan een week",
};

/** "Vaak te laat (niveau 2)"; an unknown kind (a newer rules module) is shown as it is. */
export function signalKindLabel(kind: string, level: number | null = null): string {
  const label = SIGNAL_KIND_LABELS[kind] ?? kind;
  return level ? `${label} (niveau ${level})` : label;
}

export const SIGNAL_STATE_LABELS: Record<SignalState, string> = {
  NEW: "Nieuw",
  IN_PROGRESS: "In behandeling",
  REPORTED: "Gemeld",
  CLOSED: "Afgesloten",
};
