import { z } from "zod";
import { PEOPLE_FIELDS, PEOPLE_KINDS, type PeopleKind } from "./people-fields";

export const ZPeopleKindSchema = z.enum(PEOPLE_KINDS as [PeopleKind, ...PeopleKind[]], { error: "Kies wat je importeert: leerlingen, ouders/verzorgers of medewerkers." });

const ZEndDate = z.string().trim().max(20, "Kies een bestaande datum.").optional();
const ZImportId = z.string().uuid("Deze import bestaat niet (meer). Kies het bestand opnieuw.");

/** The upload form's fields (the file comes beside them). */
export const ZPeopleUploadSchema = z.object({
  kind: ZPeopleKindSchema,
  endDate: ZEndDate,
  /** A checkbox: checked (the default on the form) when the file is the complete list. */
  complete: z.literal("on", { error: "De keuze 'volledige lijst' is aangevinkt of niet." }).optional(),
  file: z.instanceof(File, { message: "Kies een bestand." }),
}).transform(({ complete, ...rest }) => ({ ...rest, complete: complete === "on" }));
export type TPeopleUpload = z.infer<typeof ZPeopleUploadSchema>;

/** Confirm or cancel a pending import. */
export const ZPeopleImportSchema = z.object({ id: ZImportId, kind: ZPeopleKindSchema });
export type TPeopleImport = z.infer<typeof ZPeopleImportSchema>;

const COLUMN_FIELD = /^kolom-(.+)$/;

/**
 * A corrected mapping: one select per field, named `kolom-<field>`, whose value is a column header of
 * the file or "" for "geen kolom". A field name that does not exist for the kind is refused by name.
 */
export const ZRemapPeopleImportSchema = z.looseObject({ id: ZImportId, kind: ZPeopleKindSchema, endDate: ZEndDate })
  .superRefine((value, ctx) => {
    const known = new Set(PEOPLE_FIELDS[value.kind].map((f) => f.key));
    for (const [key, column] of Object.entries(value)) {
      const field = COLUMN_FIELD.exec(key)?.[1];
      if (field === undefined) continue;
      if (!known.has(field)) ctx.addIssue({ code: "custom", path: [key], message: `Onbekend veld: ${field.slice(0, 40)}.` });
      else if (typeof column !== "string" || column.length > 200) ctx.addIssue({ code: "custom", path: [key], message: "Kies een kolom uit de lijst." });
    }
  })
  .transform((value) => ({
    id: value.id, kind: value.kind, endDate: value.endDate,
    mapping: Object.fromEntries(PEOPLE_FIELDS[value.kind].map((f) => {
      const column = value[`kolom-${f.key}`];
      return [f.key, typeof column === "string" && column !== "" ? column : null];
    })) as Record<string, string | null>,
  }));
export type TRemapPeopleImport = z.infer<typeof ZRemapPeopleImportSchema>;
