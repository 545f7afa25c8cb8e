import { z } from "zod";
import { CLOSING_REASON_CODES } from "./duo-labels";

const reportId = z.guid("Deze melding bestaat niet.");

/** A form field that may be left empty: trimmed, and "" becomes null. */
const blankToNull = (value: unknown): unknown => {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
};
const text = (max: number) => z.preprocess(blankToNull, z.string().max(max, `Gebruik hoogstens ${max} tekens.`).nullable());
const phone = z.preprocess(
  blankToNull,
  z.string().regex(/^\+?[0-9][0-9 ()-]{6,18}[0-9]$/, "Vul een telefoonnummer in met cijfers, spaties, ‘-’ of ‘+’, bijvoorbeeld 06-12345678.").nullable(),
);
const email = z.preprocess(blankToNull, z.email("Vul een geldig e-mailadres in, bijvoorbeeld naam@school.nl.").max(254).nullable());
const yesNo = z.preprocess(
  (value) => (value === "ja" || value === true ? true : value === "nee" || value === false ? false : blankToNull(value)),
  z.boolean({ error: "Kies ja of nee." }).nullable(),
);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in.").refine((value) => {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}, "Deze datum bestaat niet.");

export const ZCreateDuoDraftSchema = z.object({ signalId: z.guid("Dit signaal bestaat niet.") });
export type TCreateDuoDraft = z.infer<typeof ZCreateDuoDraftSchema>;

/** The fields only a person can fill (Besluit Verzuimmelding), checked for form only; `readinessErrors` checks completeness. */
export const ZDuoHumanFieldsSchema = z.object({
  suspectedReason: text(2000),
  actionsTaken: text(2000),
  municipalityActionWanted: yesNo,
  municipalityActionExplanation: text(2000),
  reporterName: text(120),
  reporterFunction: text(120),
  reporterPhone: phone,
  reporterEmail: email,
  contactPhone: phone,
  differentAddress: text(300),
});
export type TDuoHumanFields = z.infer<typeof ZDuoHumanFieldsSchema>;

/** The draft form: save the fields, and with intent "ready" also mark the report ready. */
export const ZSaveDuoReportSchema = ZDuoHumanFieldsSchema.extend({
  reportId,
  intent: z.enum(["save", "ready"]).default("save"),
});
export type TSaveDuoReport = z.infer<typeof ZSaveDuoReportSchema>;

export const ZDuoReportIdSchema = z.object({ reportId });
export type TDuoReportId = z.infer<typeof ZDuoReportIdSchema>;

export const ZMarkSubmittedSchema = z.object({ reportId, submittedOn: isoDate });
export type TMarkSubmitted = z.infer<typeof ZMarkSubmittedSchema>;

export const ZRecordDuoStatusSchema = z.object({
  reportId,
  duoStatus: z.enum(["REGISTERED", "IN_PROGRESS", "CLOSED", "ACKNOWLEDGED", "WITHDRAWN"], { error: "Kies de status die DUO nu laat zien." }),
  closingReason: z.preprocess(blankToNull, z.enum(CLOSING_REASON_CODES, { error: "Kies een van de redenen uit de lijst." }).nullable()),
  note: text(500),
});
export type TRecordDuoStatus = z.infer<typeof ZRecordDuoStatusSchema>;

export const EXPORT_FORMATS = ["pdf", "json", "csv", "csv-specificatie"] as const;
export const ZExportDuoReportSchema = z.object({
  reportId,
  format: z.enum(EXPORT_FORMATS, { error: "Kies pdf, json, csv of csv-specificatie." }),
});
export type TExportDuoReport = z.infer<typeof ZExportDuoReportSchema>;

/** The list's filter (`?toon=`); anything else shows the open reports. */
export const REPORT_FILTERS = {
  open: "Open",
  concept: "Concept",
  klaar: "Klaar voor verzending",
  gemeld: "Gemeld bij DUO",
  einddatum: "Einddatum doorgeven",
  alle: "Alle",
} as const;
export type TReportFilter = keyof typeof REPORT_FILTERS;
export const ZReportFilterSchema = z.enum(Object.keys(REPORT_FILTERS) as [TReportFilter, ...TReportFilter[]]).catch("open");
