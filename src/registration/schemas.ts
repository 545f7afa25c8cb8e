import { z } from "zod";

export const ZMarkSchema = z
  .object({
    pupilId: z.guid("pupilId moet een id zijn."),
    /** What the teacher saw; absent only in an undo (`undoes`). */
    observation: z.enum(["PRESENT", "ABSENT", "LATE", "SENT_OUT"], { error: "Onbekende registratie: kies aanwezig, afwezig, te laat of verwijderd." }).optional(),
    lateMinutes: z.number().int("Minuten te laat moeten een heel getal zijn.").min(1, "Te laat is minstens 1 minuut.").optional(),
    /** Made by the browser once per change; a replay of the same change carries the same key. */
    idempotencyKey: z.string().min(8).max(100),
    /** When the teacher acted, on the server's clock (the browser corrects for its offset). */
    markedAt: z.iso.datetime({ offset: true, error: "markedAt moet een tijdstip zijn (ISO 8601)." }),
    /** "Everyone else present": applies only if nobody marked the pupil and nothing is known. */
    onlyIfUnmarked: z.boolean().optional(),
    /**
     * Undo: the idempotency key of an earlier "everyone else present" mark of this pupil, whose
     * registration goes back to unmarked if nothing changed it since (docs/decisions/081-undo-everyone-present.md).
     */
    undoes: z.string().min(8).max(100).optional(),
  })
  .refine((m) => (m.observation === undefined) !== (m.undoes === undefined), {
    path: ["observation"], message: "Kies aanwezig, afwezig, te laat of verwijderd (of maak een eerdere registratie ongedaan).",
  })
  .refine((m) => m.undoes === undefined || (m.lateMinutes === undefined && m.onlyIfUnmarked === undefined), {
    path: ["undoes"], message: "Ongedaan maken heeft geen minuten te laat of 'alleen als ongemarkeerd'.",
  })
  .refine((m) => m.observation !== "LATE" || m.lateMinutes !== undefined, { path: ["lateMinutes"], message: "Geef aan hoeveel minuten te laat." })
  .refine((m) => m.observation === "LATE" || m.observation === undefined || m.lateMinutes === undefined, { path: ["lateMinutes"], message: "Minuten te laat horen alleen bij te laat." });

export const ZRecordMarksSchema = z.object({
  lessonId: z.guid("lessonId moet een id zijn."),
  marks: z.array(ZMarkSchema).min(1, "Geen registraties meegestuurd.").max(200, "Hoogstens 200 registraties per keer."),
  /** Answer with the whole register as it is after these marks (the page shows it; it saves asking again). */
  withRegister: z.boolean().optional(),
});
export type TRecordMarks = z.infer<typeof ZRecordMarksSchema>;
export type TMark = z.infer<typeof ZMarkSchema>;
