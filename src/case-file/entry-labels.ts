import type { CaseEntryKind } from "@/db/generated/prisma/enums";

export const CASE_ENTRY_KIND_LABELS: Record<CaseEntryKind, string> = {
  CONVERSATION: "Gesprek",
  AGREEMENT: "Afspraak (plan van aanpak)",
  REFERRAL: "Verwijzing",
  LETTER: "Brief",
  NOTE: "Notitie",
  SIGNAL_CLOSED: "Signaal afgesloten",
  SIGNAL_REOPENED: "Signaal heropend",
};

/** Where a pupil can be referred to (DOMAIN.md); `OTHER` comes with the name in free text. */
export const REFERRAL_LABELS = {
  JGZ: "JGZ (jeugdarts)",
  SAMENWERKINGSVERBAND: "Samenwerkingsverband",
  KNOOPPUNT: "Knooppunt / leerplicht",
  OTHER: "Anders",
} as const;
export type TReferralTarget = keyof typeof REFERRAL_LABELS;

/** A stored `referralTo`: one of the codes, or the free text of "Anders". */
export function referralLabel(stored: string | null): string | null {
  if (!stored) return null;
  return stored in REFERRAL_LABELS && stored !== "OTHER" ? REFERRAL_LABELS[stored as TReferralTarget] : stored;
}
