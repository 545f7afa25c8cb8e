import type { LetterKind } from "@/db/generated/prisma/enums";

export const LETTER_KINDS = ["ABSENCE_LETTER", "LATE_WARNING", "DUO_NOTIFICATION"] as const satisfies readonly LetterKind[];

export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  ABSENCE_LETTER: "Verzuimbrief",
  LATE_WARNING: "Waarschuwing te laat komen",
  DUO_NOTIFICATION: "Brief over een DUO-melding",
};

/** When each letter is meant to be sent, shown in the editor and the "Brief maken" form. */
export const LETTER_KIND_HINTS: Record<LetterKind, string> = {
  ABSENCE_LETTER: "Na meer dan 8 uur ongeoorloofd verzuim in 4 weken (signaal ‘Verzuimbrief’).",
  LATE_WARNING: "Bij herhaald te laat komen (signaal ‘Vaak te laat’).",
  DUO_NOTIFICATION: "Aan de ouders, en de leerling vanaf 12 jaar, nadat een verzuimmelding bij DUO is gedaan.",
};
