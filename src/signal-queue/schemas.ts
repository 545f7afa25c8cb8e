import { z } from "zod";

/** The queue's filters, from the page's query string; anything unknown is ignored, never an error page. */
export const ZQueueFiltersSchema = z.object({
  soort: z.string().regex(/^[A-Z0-9_]{3,40}$/).optional().catch(undefined),
  groep: z.guid().optional().catch(undefined),
  mentor: z.guid().optional().catch(undefined),
  status: z.enum(["open", "NEW", "IN_PROGRESS", "REPORTED", "CLOSED", "ingetrokken"]).default("open").catch("open"),
  termijn: z.enum(["alle", "verlopen", "week"]).default("alle").catch("alle"),
});
export type TQueueFilters = z.infer<typeof ZQueueFiltersSchema>;

export const ZSignalActionSchema = z.object({
  signalId: z.guid("Onbekend signaal."),
  action: z.enum(["take", "close", "reopen"], { error: "Onbekende actie." }),
});
export type TSignalAction = z.infer<typeof ZSignalActionSchema>;
