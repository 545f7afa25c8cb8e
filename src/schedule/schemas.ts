import { z } from "zod";

/** The kinds a coordinator or administrator gives a pupil here (an "extra" lesson comes with the timetable import). */
export const CHANGE_CATEGORIES = ["REDUCED_SCHEDULE", "EXEMPTION", "INTERNSHIP"] as const;
export const MAX_PERIOD = 12;

const isoDate = (empty: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, empty).refine((value) => {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(value);
}, "Deze datum bestaat niet.");
const ZId = (message: string) => z.string().uuid(message);

/**
 * Weekdays and periods come from one checkbox each, named `dag-1` … `dag-5` (ISO weekday) and
 * `uur-1` … `uur-12`; a field of that shape with another number is refused by name, not ignored.
 */
const CHECKBOX = /^(dag|uur)-(.*)$/;

/** A per-pupil schedule change, new (`id` empty) or edited (decision 154). */
export const ZSaveScheduleChangeSchema = z
  .looseObject({
    pupilId: ZId("Onbekende leerling."),
    id: z.union([z.literal(""), ZId("Onbekende roosteraanpassing.")]).optional().default(""),
    category: z.enum(CHANGE_CATEGORIES, { error: "Kies opbouwrooster, vrijstelling of stage." }),
    subjectId: z.union([z.literal(""), ZId("Kies een vak uit de lijst.")]).optional().default(""),
    validFrom: isoDate("Vul de eerste dag in."),
    validUntil: z.union([z.literal(""), isoDate("Vul een datum in, of laat het veld leeg.")]).optional().default(""),
    reason: z.string().trim().min(3, "Schrijf in een paar woorden waarom, bijvoorbeeld ‘na langdurige ziekte’.").max(120, "Hoogstens 120 tekens."),
  })
  .superRefine((value, ctx) => {
    for (const [key, checked] of Object.entries(value)) {
      const match = CHECKBOX.exec(key);
      if (!match) continue;
      const [, kind, number] = match;
      const max = kind === "dag" ? 5 : MAX_PERIOD;
      const path = [kind === "dag" ? "weekdays" : "periods"];
      if (!/^\d{1,2}$/.test(number!) || Number(number) < 1 || Number(number) > max) {
        ctx.addIssue({ code: "custom", path, message: kind === "dag" ? "Kies maandag tot en met vrijdag." : `Kies lesuren van 1 tot en met ${MAX_PERIOD}.` });
      } else if (checked !== "on") {
        ctx.addIssue({ code: "custom", path, message: "Een vakje is aangevinkt of niet." });
      }
    }
  })
  .transform((value) => ({
    pupilId: value.pupilId,
    id: value.id === "" ? null : value.id,
    category: value.category,
    subjectId: value.subjectId === "" ? null : value.subjectId,
    validFrom: value.validFrom,
    validUntil: value.validUntil === "" ? null : value.validUntil,
    reason: value.reason,
    weekdays: [1, 2, 3, 4, 5].filter((d) => value[`dag-${d}`] === "on"),
    periods: Array.from({ length: MAX_PERIOD }, (_, i) => i + 1).filter((p) => value[`uur-${p}`] === "on"),
  }))
  .superRefine((value, ctx) => {
    if (value.validUntil !== null && value.validUntil < value.validFrom) {
      ctx.addIssue({ code: "custom", path: ["validUntil"], message: "De laatste dag ligt voor de eerste dag." });
    }
    if (value.category === "EXEMPTION" && value.subjectId === null) {
      ctx.addIssue({ code: "custom", path: ["subjectId"], message: "Kies het vak waarvoor de vrijstelling geldt." });
    }
    if (value.category === "REDUCED_SCHEDULE" && value.subjectId === null && value.weekdays.length === 0 && value.periods.length === 0) {
      ctx.addIssue({ code: "custom", path: ["periods"], message: "Kies de lesuren, dagen of het vak die de leerling (nog) niet volgt." });
    }
  });
export type TSaveScheduleChange = z.infer<typeof ZSaveScheduleChangeSchema>;

/** End a change on a day (the last day it applies), or remove it. */
export const ZEndScheduleChangeSchema = z.object({
  pupilId: ZId("Onbekende leerling."),
  id: ZId("Onbekende roosteraanpassing."),
  lastDay: isoDate("Vul de laatste dag in."),
});
export type TEndScheduleChange = z.infer<typeof ZEndScheduleChangeSchema>;

export const ZRemoveScheduleChangeSchema = z.object({ pupilId: ZId("Onbekende leerling."), id: ZId("Onbekende roosteraanpassing.") });
export type TRemoveScheduleChange = z.infer<typeof ZRemoveScheduleChangeSchema>;
