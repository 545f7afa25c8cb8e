import { z } from "zod";
import { CLOSE_REASON_CODES } from "./close-reasons";

/** The queue's filters, from the page's query string; anything unknown is ignored, never an error page. */
export const ZQueueFiltersSchema = z.object({
  soort: z.string().regex(/^[A-Z0-9_]{3,40}$/).optional().catch(undefined),
  groep: z.guid().optional().catch(undefined),
  mentor: z.guid().optional().catch(undefined),
  status: z.enum(["open", "NEW", "IN_PROGRESS", "REPORTED", "CLOSED", "ingetrokken"]).default("open").catch("open"),
  termijn: z.enum(["alle", "verlopen", "week"]).default("alle").catch("alle"),
  /** The keyset cursor: the sort key of the last pupil of the previous page (see queue-cursor.ts). */
  na: z.string().max(400).optional().catch(undefined),
});
export type TQueueFilters = z.infer<typeof ZQueueFiltersSchema>;

export const ZSignalActionSchema = z.object({
  signalId: z.guid("Onbekend signaal."),
  action: z.enum(["take"], { error: "Onbekende actie." }),
});
export type TSignalAction = z.infer<typeof ZSignalActionSchema>;

export const ZCloseSignalSchema = z
  .object({
    signalId: z.guid("Onbekend signaal."),
    reason: z.enum(CLOSE_REASON_CODES, { error: "Kies waarom je dit signaal afsluit." }),
    note: z.string().trim().max(500, "Houd de toelichting korter dan 500 tekens.").optional().default(""),
  })
  .refine((v) => v.reason !== "OTHER" || v.note.length >= 3, { path: ["note"], message: "Schrijf bij ‘Anders’ kort op waarom je het signaal afsluit." });
export type TCloseSignal = z.infer<typeof ZCloseSignalSchema>;

export const ZReopenSignalSchema = z.object({ signalId: z.guid("Onbekend signaal.") });
export type TReopenSignal = z.infer<typeof ZReopenSignalSchema>;
