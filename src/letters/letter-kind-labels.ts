import type { LetterKind } from "@/db/generated/prisma/enums";

/** Every kind of letter, each with a template the school edits. */
export const LETTER_KINDS = ["ABSENCE_LETTER", "LATE_WARNING", "DUO_NOTIFICATION", "LEAVE_DECISION", "LEAVE_REFERRAL"] as const satisfies readonly LetterKind[];

/** The letters made by hand from a case file; the leave letters are made by deciding a leave request (src/leave/). */
export const CASE_FILE_LETTER_KINDS = ["ABSENCE_LETTER", "LATE_WARNING", "DUO_NOTIFICATION"] as const satisfies readonly LetterKind[];

export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  ABSENCE_LETTER: "Verzuimbrief",
  LATE_WARNING: "Waarschuwing te laat komen",
  DUO_NOTIFICATION: "Brief over een DUO-melding",
  LEAVE_DECISION: "Besluit op een verlofaanvraag",
  LEAVE_REFERRAL: "Verlofaanvraag naar de leerplichtambtenaar",
};

/** When each letter is meant to be sent, shown in the editor and the "Brief maken" form. */
export const LETTER_KIND_HINTS: Record<LetterKind, string> = {
  ABSENCE_LETTER: "Na meer dan 8 uur ongeoorloofd verzuim in 4 weken (signaal ‘Verzuimbrief’).",
  LATE_WARNING: "Bij herhaald te laat komen (signaal ‘Vaak te laat’).",
  DUO_NOTIFICATION: "Aan de ouders, en de leerling vanaf 12 jaar, nadat een verzuimmelding bij DUO is gedaan.",
  LEAVE_DECISION: "Aan de aanvrager, als de school een verlofaanvraag toekent of afwijst. Gemaakt bij het besluit (Verlof), met de bezwaarclausule.",
  LEAVE_REFERRAL: "Aan de leerplichtambtenaar, bij een aanvraag van meer dan 10 schooldagen: de aanvraag met het advies van de school.",
};
