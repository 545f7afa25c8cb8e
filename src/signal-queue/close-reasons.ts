/** Why a coordinator closes a signal: the common cases, and "Anders" with the reason in words. */
export const CLOSE_REASONS = {
  RESOLVED_WITH_PARENTS: "Opgelost met ouders",
  ILLNESS_CONFIRMED: "Ziekte bevestigd",
  REGISTRATION_ERROR: "Geen verzuim (registratiefout)",
  REFERRED: "Doorverwezen",
  OTHER: "Anders",
} as const;
export type TCloseReason = keyof typeof CLOSE_REASONS;

export const CLOSE_REASON_CODES = Object.keys(CLOSE_REASONS) as [TCloseReason, ...TCloseReason[]];

/** "Opgelost met ouders: belafspraak gemaakt"; "Anders" shows only its text. An unknown stored code is shown as it is. */
export function closeReasonText(reason: string | null, note: string | null): string | null {
  if (!reason) return null;
  const label = reason in CLOSE_REASONS ? CLOSE_REASONS[reason as TCloseReason] : reason;
  if (!note) return label;
  return reason === "OTHER" ? note : `${label}: ${note}`;
}
