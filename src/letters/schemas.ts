import { z } from "zod";
import { templateProblems } from "./fill-template";
import { CASE_FILE_LETTER_KINDS, LETTER_KINDS } from "./letter-kind-labels";

/** A textarea sends \r\n; templates keep \n. */
const lines = (value: string) => value.replace(/\r\n?/g, "\n");

const templateText = (missing: string, min: number, max: number) =>
  z
    .string({ error: missing })
    .transform(lines)
    .pipe(z.string().trim().min(1, missing).min(min, `Gebruik minstens ${min} tekens.`).max(max, `Gebruik hoogstens ${max} tekens.`))
    .superRefine((value, ctx) => {
      for (const message of templateProblems(value)) ctx.addIssue({ code: "custom", message });
    });

const kind = z.enum(LETTER_KINDS, { error: "Kies een soort brief." });

export const ZSaveLetterTemplateSchema = z.object({
  kind,
  name: z.string({ error: "Geef het sjabloon een naam." }).trim().min(2, "Geef het sjabloon een naam.").max(80, "Gebruik hoogstens 80 tekens."),
  subject: templateText("Vul het onderwerp in (‘Betreft’).", 2, 200),
  body: templateText("Schrijf de tekst van de brief.", 20, 10_000),
});
export type TSaveLetterTemplate = z.infer<typeof ZSaveLetterTemplateSchema>;

/** An empty choice in a select ("geen signaal") arrives as "". */
const optionalId = z.preprocess((v) => (v === "" ? undefined : v), z.guid({ error: "Kies uit de lijst." }).optional());

export const ZCreateLetterSchema = z.object({
  pupilId: z.guid({ error: "Onbekende leerling." }),
  kind: z.enum(CASE_FILE_LETTER_KINDS, { error: "Kies een soort brief." }),
  signalId: optionalId,
  duoReportId: optionalId,
});
export type TCreateLetter = z.infer<typeof ZCreateLetterSchema>;

export const ZLetterPdfParamsSchema = z.object({ id: z.guid({ error: "Onbekende brief." }) });
