import { z } from "zod";

const isRealDate = (text: string) => {
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
};

/** The upload's text fields (the files travel beside them). */
export const ZTimetableUploadSchema = z.object({
  format: z.enum(["zermelo", "untis"], { error: "Kies het soort bestand: Zermelo of Untis." }),
  from: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Kies de datum waarop het nieuwe rooster ingaat." }).refine(isRealDate, { error: "Deze datum bestaat niet." }),
});
export type TTimetableUpload = z.infer<typeof ZTimetableUploadSchema>;

/** Confirming or cancelling a previewed import. */
export const ZPendingTimetableSchema = z.object({
  id: z.uuid({ error: "Deze import bestaat niet (meer)." }),
  format: z.enum(["zermelo", "untis"], { error: "Onbekend soort rooster." }),
});
export type TPendingTimetable = z.infer<typeof ZPendingTimetableSchema>;
