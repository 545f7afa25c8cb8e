import { z } from "zod";

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Vul een tijd in, bijvoorbeeld 10:30.");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in.").refine((value) => {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}, "Deze datum bestaat niet.");
const idempotencyKey = z.guid("Het formulier is verlopen. Vernieuw de pagina en probeer het opnieuw.");
const note = z.string().trim().max(200, "Hoogstens 200 tekens. Een diagnose is niet nodig.").optional().default("");

/** "10:30" → 630. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export const ZReportSickSchema = z
  .object({
    idempotencyKey,
    pupilIds: z
      .string({ error: "Kies voor wie je de melding doet." })
      .transform((value) => [...new Set(value.split(",").map((v) => v.trim()).filter(Boolean))])
      .pipe(z.array(z.guid("Onbekende leerling.")).min(1, "Kies voor wie je de melding doet.").max(10, "Hoogstens 10 leerlingen tegelijk.")),
    from: z.union([z.literal("now"), clock], { error: "Kies vanaf wanneer." }),
    until: z.enum(["unknown", "today", "date"], { error: "Kies tot wanneer." }),
    untilDate: z.union([z.literal(""), isoDate]).optional().default(""),
    note,
  })
  .refine((v) => v.until !== "date" || v.untilDate !== "", { path: ["untilDate"], message: "Vul de verwachte einddatum in." });
export type TReportSick = z.infer<typeof ZReportSickSchema>;

export const APPOINTMENT_LABELS = { GP: "Huisarts", DENTIST: "Tandarts", ORTHODONTIST: "Orthodontist", HOSPITAL: "Ziekenhuis", OTHER: "Anders" } as const;
export type TAppointmentType = keyof typeof APPOINTMENT_LABELS;

export const ZReportAppointmentSchema = z
  .object({
    idempotencyKey,
    pupilId: z.guid("Kies voor wie je de afspraak meldt."),
    appointmentType: z.enum(Object.keys(APPOINTMENT_LABELS) as [TAppointmentType, ...TAppointmentType[]], { error: "Kies waar de afspraak is." }),
    date: isoDate,
    startTime: clock,
    endTime: clock,
    note,
  })
  .refine((v) => minutesOf(v.endTime) > minutesOf(v.startTime), { path: ["endTime"], message: "De eindtijd ligt voor of op de begintijd." });
export type TReportAppointment = z.infer<typeof ZReportAppointmentSchema>;

export const ZReportRecoveredSchema = z.object({
  reportId: z.guid("Onbekende melding."),
  from: z.union([z.literal("now"), z.literal("tomorrow"), clock], { error: "Kies vanaf wanneer." }),
});
export type TReportRecovered = z.infer<typeof ZReportRecoveredSchema>;
