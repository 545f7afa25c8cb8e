import "server-only";
import type { LetterKind } from "@/db/generated/prisma/enums";
import { prisma } from "@/db/client";
import type { Actor } from "@/auth/load-actor";
import { AppError } from "@/errors/app-error";
import { recordAudit } from "@/audit/server/record-audit";
import { longDate } from "@/case-file/dutch-dates";
import { letterAddressees } from "../addressees";
import { DEFAULT_TEMPLATES } from "../default-templates";
import { fillTemplate } from "../fill-template";
import type { TPlaceholder } from "../placeholders";
import { letterValues, occasionProblem, type TLetterLeave } from "../letter-values";
import { listLetterTemplates } from "./list-letter-templates";
import { loadLetterContext } from "./load-letter-context";
import { renderLetterPdf } from "./render-letter-pdf";

const WHY_EMPTY: Partial<Record<TPlaceholder, string>> = {
  "melding.soort": "kies de DUO-melding waar de brief over gaat",
  "melding.datum": "kies de DUO-melding waar de brief over gaat",
  "school.telefoon": "vul het telefoonnummer van de school in, of haal deze invulplek uit het sjabloon",
  "school.email": "vul het e-mailadres van de school in, of haal deze invulplek uit het sjabloon",
  "leerling.klas": "de leerling zit dit schooljaar in geen klas",
  "mentor.naam": "de klas van de leerling heeft geen mentor",
  "ouders.namen": "er zijn geen ouders/verzorgers bekend",
  "verlof.soort": "alleen een verlofbrief (gemaakt bij het besluit op een aanvraag) noemt het verlof",
  "verlof.periode": "alleen een verlofbrief (gemaakt bij het besluit op een aanvraag) noemt het verlof",
  "verlof.schooldagen": "alleen een verlofbrief (gemaakt bij het besluit op een aanvraag) noemt het verlof",
  "verlof.reden": "alleen een verlofbrief (gemaakt bij het besluit op een aanvraag) noemt het verlof",
  "verlof.besluit": "alleen een besluit op een verlofaanvraag heeft een besluit",
  "verlof.toelichting": "alleen een verlofbrief (gemaakt bij het besluit op een aanvraag) noemt het verlof",
};

/**
 * Makes a letter from the school's template for one pupil: fills the
 * placeholders, renders the PDF and keeps it as a `Letter` row, which the
 * case file shows with a download link. Returns the letter's id.
 *
 * Record scope and tenant scope are enforced here (NOT_FOUND outside them);
 * the PERMISSION is the caller's to check, through the one wrapper
 * (`authorize`): `letters:send` from the case file, `duo-reports:manage`
 * when the DUO-reports capability sends the notification of a report:
 *
 *   await createLetter({ actor, pupilId, kind: "DUO_NOTIFICATION", duoReportId });
 *
 * Refused with the reason, never sent with a hole or without an occasion: a
 * placeholder without a value (no school phone), a verzuimbrief without
 * unexcused hours, a notification without its DUO report.
 */
export async function createLetter({ actor, pupilId, kind, signalId, duoReportId, leave }: {
  actor: Actor; pupilId: string; kind: LetterKind; signalId?: string; duoReportId?: string;
  /** The leave request a leave letter is about, as the leave capability loaded it (src/leave/server/). */
  leave?: TLetterLeave;
}): Promise<{ id: string; subject: string; pdf: Buffer }> {
  // The scope check comes first: a refused request must not even write the school's default templates.
  const loaded = await loadLetterContext({ actor, pupilId, kind, signalId, duoReportId });
  const { now } = loaded;
  const context = { ...loaded.context, leave: leave ?? null };
  const templates = await listLetterTemplates({ schoolId: actor.schoolId });
  const occasion = occasionProblem(context);
  if (occasion) throw new AppError("INVALID_INPUT", "Deze brief kan nog niet gemaakt worden.", { [occasion.field]: [occasion.message] });
  const template = templates.find((t) => t.kind === kind) ?? DEFAULT_TEMPLATES[kind];
  const values = letterValues(context);
  const subject = fillTemplate(template.subject, values);
  const body = fillTemplate(template.body, values);
  const missing = [...new Set([...subject.missing, ...body.missing])];
  if (missing.length > 0) {
    const reasons = missing.map((name) => `{{${name}}}: ${WHY_EMPTY[name] ?? "geen waarde"}`);
    throw new AppError("INVALID_INPUT", `Deze brief kan nog niet gemaakt worden. ${reasons.join("; ")}.`, missing.some((n) => n.startsWith("melding."))
      ? { duoReportId: ["Kies de DUO-melding waar de brief over gaat."] }
      : undefined);
  }

  const pdf = await renderLetterPdf({
    school: context.school,
    placeAndDate: `${context.school.city}, ${longDate(context.today)}`,
    addressLines: letterAddressees(kind, context.pupil, context.guardians, context.postalAddress).lines,
    subject: subject.text,
    body: body.text,
    signature: { name: context.sender.name, functionTitle: context.sender.functionTitle },
    createdAt: now,
  });

  return prisma.$transaction(async (tx) => {
    const letter = await tx.letter.create({
      data: { schoolId: actor.schoolId, pupilId, kind, subject: subject.text, pdf: new Uint8Array(pdf), signalId: signalId ?? null, duoReportId: duoReportId ?? null, createdById: actor.userId, createdAt: now },
      select: { id: true, subject: true },
    });
    await recordAudit(tx, { actor, action: "letter.create", entityType: "Letter", entityId: letter.id, pupilId, details: { kind, signalId: signalId ?? null, duoReportId: duoReportId ?? null } });
    return { ...letter, pdf };
  });
}

