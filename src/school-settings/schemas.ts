import { z } from "zod";

export const RULES_PROFILE_LABELS = {
  DEFAULT: "Landelijke verzuimkaart",
  MAZL: "M@ZL (ziekteverzuim)",
  TWENTE: "Verzuimkaart Twente",
  PARKSTAD: "Verzuimkaart Parkstad",
} as const;

export const ZUpdateRulesProfileSchema = z.object({
  rulesProfile: z.enum(["DEFAULT", "MAZL", "TWENTE", "PARKSTAD"], { error: "Kies een van de profielen." }),
});
export type TUpdateRulesProfile = z.infer<typeof ZUpdateRulesProfileSchema>;

export const ZUpdateCorrectionDaysSchema = z.object({
  teacherCorrectionDays: z.coerce
    .number({ error: "Vul een aantal schooldagen in." })
    .int("Vul een heel aantal schooldagen in.")
    .min(0, "Het kleinste aantal is 0: alleen op de dag zelf.")
    .max(20, "Hoogstens 20 schooldagen; oudere correcties gaan via de verzuimcoördinator."),
});
export type TUpdateCorrectionDays = z.infer<typeof ZUpdateCorrectionDaysSchema>;

export const ZUpdateRetentionYearsSchema = z.object({
  retentionYears: z.coerce
    .number({ error: "Vul een aantal jaren in." })
    .int("Vul een heel aantal jaren in.")
    .min(1, "Minstens 1 jaar: zo lang kan een leerplichtambtenaar nog om gegevens vragen.")
    .max(10, "Hoogstens 10 jaar; de wet vraagt niet om langer bewaren."),
});
export type TUpdateRetentionYears = z.infer<typeof ZUpdateRetentionYearsSchema>;

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Vul een tijd in, bijvoorbeeld 12:00.");

/** What parents (and pupils of 18+) may report online (decision 121). */
export const ZUpdateReportLimitsSchema = z.object({
  reportTodayUntil: clockTime.transform((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5))),
  reportDaysAhead: z.coerce.number({ error: "Vul een aantal dagen in." }).int("Vul een heel aantal dagen in.").min(0, "Het kleinste aantal is 0: alleen vandaag.").max(90, "Hoogstens 90 dagen vooruit."),
  appointmentTravelMinutes: z.coerce.number({ error: "Vul een aantal minuten in." }).int("Vul een heel aantal minuten in.").min(0, "Het kleinste aantal is 0.").max(180, "Hoogstens 180 minuten."),
  reportSick: z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean()),
  reportMedical: z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean()),
  phone: z.string().trim().max(30, "Hoogstens 30 tekens.").regex(/^[0-9+()\- ]*$/, "Alleen cijfers, spaties, +, - en haakjes.").optional().default(""),
});
export type TUpdateReportLimits = z.infer<typeof ZUpdateReportLimitsSchema>;
