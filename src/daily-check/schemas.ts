import { z } from "zod";

export const ZSendReminderSchema = z.object({
  staffId: z.guid("Kies een docent."),
  lessonIds: z
    .string()
    .transform((value) => value.split(",").filter(Boolean))
    .pipe(z.array(z.guid("Onbekende les.")).min(1, "Kies minstens één les.").max(50, "Hoogstens 50 lessen per herinnering.")),
});
export type TSendReminder = z.infer<typeof ZSendReminderSchema>;

/** What a follow-up call (nabellen) can turn "absent, reason unknown" into. */
export const RESOLUTIONS = {
  SICK: { label: "Ziek", status: "SICK", reason: null },
  MEDICAL: { label: "Medisch bezoek", status: "MEDICAL", reason: null },
  OTHER_EXCUSED: { label: "Geoorloofd, andere reden", status: "OTHER_EXCUSED", reason: null },
  UNEXCUSED: { label: "Ongeoorloofd", status: "ABSENT_UNEXCUSED", reason: null },
  HOLIDAY_WITHOUT_LEAVE: { label: "Ongeoorloofd: vakantie zonder verlof", status: "ABSENT_UNEXCUSED", reason: "HOLIDAY_WITHOUT_LEAVE" },
} as const;
export type TResolution = keyof typeof RESOLUTIONS;

export const ZResolveAbsenceSchema = z.object({
  registrationId: z.guid("Onbekende registratie."),
  resolution: z.enum(Object.keys(RESOLUTIONS) as [TResolution, ...TResolution[]], { error: "Kies wat het gesprek opleverde." }),
  wholeDay: z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean()),
  note: z.string().trim().max(500, "Hoogstens 500 tekens.").optional().default(""),
});
export type TResolveAbsence = z.infer<typeof ZResolveAbsenceSchema>;
