"use server";

import { defineFormAction } from "@/auth/safe-action";
import { deletePendingImport } from "@/imports/server/pending-imports";
import { prisma } from "@/db/client";
import { ZPendingTimetableSchema } from "./schemas";
import { confirmTimetableImport } from "./server/confirm-timetable-import";

const PERMISSION = "school:configure";

export const confirmTimetableImportAction = defineFormAction({
  permission: PERMISSION,
  schema: ZPendingTimetableSchema,
  run: async ({ actor, input }) => {
    const done = await confirmTimetableImport({ actor, id: input.id, format: input.format });
    const l = done.lessons;
    return `Rooster ingelezen: ${l.added} lessen toegevoegd, ${l.changed} gewijzigd, ${l.removed} verwijderd, ${l.keptCancelled} vervallen (met registraties bewaard).`;
  },
});

export const cancelTimetableImportAction = defineFormAction({
  permission: PERMISSION,
  schema: ZPendingTimetableSchema,
  run: async ({ actor, input }) => {
    await deletePendingImport(prisma, { actor, id: input.id });
    return "Import geannuleerd: er is niets veranderd.";
  },
});
