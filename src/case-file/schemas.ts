import { z } from "zod";
import { REFERRAL_LABELS } from "./entry-labels";

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (value: string) => DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const date = (missing: string) =>
  z.string({ error: missing }).trim().min(1, missing).refine(isRealDate, "Deze datum bestaat niet; gebruik dag-maand-jaar.");
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : undefined))
  .refine((v) => v === undefined || isRealDate(v), "Deze datum bestaat niet; gebruik dag-maand-jaar.");
const text = (missing: string, max: number) =>
  z.string({ error: missing }).trim().min(1, missing).max(max, `Gebruik hoogstens ${max} tekens.`);
const optionalText = (max: number) => z.string().trim().max(max, `Gebruik hoogstens ${max} tekens.`).optional().transform((v) => v || undefined);
/** A checkbox sends "on" when ticked and nothing otherwise. */
const checkbox = z.literal("on").optional().transform((v) => v === "on");
const pupilId = z.guid({ error: "Onbekende leerling." });

/** A follow-up comes after what it follows up; compared only once both are real dates. */
const followUpAfter = <T extends { occurredOn: string; followUpOn?: string }>(v: T) =>
  !v.followUpOn || !isRealDate(v.occurredOn) || !isRealDate(v.followUpOn) || v.followUpOn > v.occurredOn;

export const ZAddConversationSchema = z
  .object({
    pupilId,
    occurredOn: date("Vul de datum van het gesprek in."),
    withParents: checkbox,
    withPupil: checkbox,
    title: optionalText(120),
    body: text("Schrijf kort op wat er besproken is.", 5000),
  })
  // The age rule needs the pupil's birth date and is checked by the use case; this one can be told at once.
  .refine((v) => v.withParents || v.withPupil, { path: ["participants"], message: "Kies met wie je het gesprek voerde: de ouders, de leerling of allebei." });
export type TAddConversation = z.infer<typeof ZAddConversationSchema>;

export const ZAddAgreementSchema = z
  .object({
    pupilId,
    occurredOn: date("Vul de datum van de afspraak in."),
    title: text("Geef de afspraak een korte titel, bijvoorbeeld ‘Plan van aanpak’.", 120),
    body: text("Schrijf op wat er is afgesproken, met wie en wie wat doet.", 5000),
    followUpOn: date("Vul de datum in waarop je de afspraak nabespreekt."),
  })
  .refine(followUpAfter, { path: ["followUpOn"], message: "De vervolgdatum moet na de datum van de afspraak liggen." });
export type TAddAgreement = z.infer<typeof ZAddAgreementSchema>;

export const ZAddReferralSchema = z
  .object({
    pupilId,
    occurredOn: date("Vul de datum van de verwijzing in."),
    referralTo: z.enum(Object.keys(REFERRAL_LABELS) as [keyof typeof REFERRAL_LABELS], { error: "Kies waarnaar je verwijst." }),
    referralOther: optionalText(120),
    body: text("Schrijf op waarom je verwijst en wat je hebt doorgegeven.", 5000),
    followUpOn: optionalDate,
  })
  .refine((v) => v.referralTo !== "OTHER" || Boolean(v.referralOther), { path: ["referralOther"], message: "Vul in naar wie of welke organisatie je verwijst." })
  .refine(followUpAfter, { path: ["followUpOn"], message: "De vervolgdatum moet na de datum van de verwijzing liggen." });
export type TAddReferral = z.infer<typeof ZAddReferralSchema>;

export const ZAddNoteSchema = z.object({
  pupilId,
  occurredOn: date("Vul de datum in."),
  title: optionalText(120),
  body: text("Schrijf de notitie op.", 5000),
});
export type TAddNote = z.infer<typeof ZAddNoteSchema>;

/** The page's path parameter. */
export const ZCaseFileParamsSchema = z.object({ pupilId });
