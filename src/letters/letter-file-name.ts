import type { LetterKind } from "@/db/generated/prisma/enums";

const KIND_SLUG: Record<LetterKind, string> = { ABSENCE_LETTER: "verzuimbrief", LATE_WARNING: "waarschuwing-te-laat", DUO_NOTIFICATION: "melding-verzuim",
  LEAVE_DECISION: "besluit-verlof", LEAVE_REFERRAL: "verlofaanvraag-leerplicht",
};

/**
 * A download name that every system keeps intact: ASCII, no spaces.
 *
 * @example letterFileName("ABSENCE_LETTER", "Zoë van den Berg", "2026-11-23") // "verzuimbrief-zoe-van-den-berg-2026-11-23.pdf"
 */
export function letterFileName(kind: LetterKind, pupilName: string, date: string): string {
  const slug = pupilName.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${KIND_SLUG[kind]}-${slug || "leerling"}-${date}.pdf`;
}
