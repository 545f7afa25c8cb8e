import { z } from "zod";

const isoDate = (empty = "Vul een datum in.") =>
  z.string({ error: empty }).regex(/^\d{4}-\d{2}-\d{2}$/, empty).refine((value) => {
    const d = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
  }, "Deze datum bestaat niet.");
const id = (message: string) => z.uuid({ error: message });
/** A confirmation of what the change affects (decision 150): the token the form was shown, or nothing yet. */
const confirmed = z.string().max(200).optional().transform((v) => v || undefined);

export const CALENDAR_EVENT_KINDS = { FREE_DAY: "Studiedag of vrije dag", HOLIDAY: "Vakantie" } as const;

export const ZSaveCalendarEventSchema = z
  .object({
    eventId: z.union([z.literal(""), id("Onbekende dag.")]).optional().transform((v) => v || undefined),
    yearId: id("Kies een schooljaar."),
    kind: z.enum(["FREE_DAY", "HOLIDAY"], { error: "Kies studiedag/vrije dag of vakantie." }).default("FREE_DAY"),
    name: z.string({ error: "Geef de dag een naam, bijvoorbeeld ‘Studiedag’." }).trim().min(2, "Geef de dag een naam, bijvoorbeeld ‘Studiedag’.").max(80, "Gebruik hoogstens 80 tekens."),
    startDate: isoDate(),
    endDate: isoDate(),
    confirmed,
  })
  .refine((v) => v.endDate >= v.startDate, { path: ["endDate"], message: "De einddatum ligt voor de begindatum." });
export type TSaveCalendarEvent = z.infer<typeof ZSaveCalendarEventSchema>;

export const ZRemoveCalendarEventSchema = z.object({ eventId: id("Onbekende dag."), confirmed });
export type TRemoveCalendarEvent = z.infer<typeof ZRemoveCalendarEventSchema>;

export const ZCreateNextSchoolYearSchema = z.object({});
export type TCreateNextSchoolYear = z.infer<typeof ZCreateNextSchoolYearSchema>;

const clock = (field: string) =>
  z.string({ error: `Vul een ${field} in, bijvoorbeeld 08:30.` })
    .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, `Vul een ${field} in, bijvoorbeeld 08:30.`)
    .transform((t) => { const [h, m] = t.split(":"); return Number(h) * 60 + Number(m); });

/** A period's times, edited or added, for the lessons from `validFrom` on (decision 151). */
export const ZSaveBellPeriodSchema = z
  .object({
    bellScheduleId: id("Kies een lestijdentabel."),
    number: z.coerce.number({ error: "Vul een lesuur in." }).int("Vul een heel lesuur in.").min(1, "Het eerste lesuur is 1.").max(15, "Hoogstens 15 lesuren."),
    start: clock("begintijd"),
    end: clock("eindtijd"),
    validFrom: isoDate("Vul in vanaf welke dag de tijden gelden."),
  })
  .refine((v) => v.end > v.start, { path: ["end"], message: "De eindtijd ligt niet na de begintijd." });
export type TSaveBellPeriod = z.infer<typeof ZSaveBellPeriodSchema>;

export const ZAddBellScheduleSchema = z.object({
  name: z.string({ error: "Geef de tabel een naam, bijvoorbeeld ‘Verkort rooster’." }).trim().min(2, "Geef de tabel een naam, bijvoorbeeld ‘Verkort rooster’.").max(60, "Gebruik hoogstens 60 tekens."),
  copyFromId: z.union([z.literal(""), id("Kies een bestaande tabel.")]).optional().transform((v) => v || undefined),
});
export type TAddBellSchedule = z.infer<typeof ZAddBellScheduleSchema>;

const weekdaySchedule = z.union([z.literal(""), id("Kies een lestijdentabel.")]).optional().transform((v) => v || null);
export const ZSetWeekdaySchedulesSchema = z.object({
  yearId: id("Kies een schooljaar."),
  "dag-1": weekdaySchedule, "dag-2": weekdaySchedule, "dag-3": weekdaySchedule, "dag-4": weekdaySchedule, "dag-5": weekdaySchedule,
  validFrom: isoDate("Vul in vanaf welke dag de keuze geldt."),
});
export type TSetWeekdaySchedules = z.infer<typeof ZSetWeekdaySchedulesSchema>;

export const ZAddScheduleDateSchema = z.object({
  yearId: id("Kies een schooljaar."),
  bellScheduleId: id("Kies een lestijdentabel."),
  date: isoDate(),
});
export type TAddScheduleDate = z.infer<typeof ZAddScheduleDateSchema>;

export const ZRemoveScheduleDateSchema = z.object({ useId: id("Onbekende dag.") });
export type TRemoveScheduleDate = z.infer<typeof ZRemoveScheduleDateSchema>;
