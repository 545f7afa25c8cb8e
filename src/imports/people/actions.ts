"use server";

import { defineFormAction } from "@/auth/safe-action";
import { ZPeopleImportSchema, ZRemapPeopleImportSchema } from "./schemas";
import { cancelPeopleImport } from "./server/cancel-people-import";
import { confirmPeopleImport } from "./server/confirm-people-import";
import { remapPeopleImport } from "./server/remap-people-import";

const PERMISSION = "school:configure";

/** "Bevestigen": the previewed import is written whole (decision 141). */
export const confirmPeopleImportAction = defineFormAction({
  permission: PERMISSION, schema: ZPeopleImportSchema, run: async ({ actor, input }) => (await confirmPeopleImport({ actor, ...input })).message,
});

/** "Annuleren": the pending import is deleted. */
export const cancelPeopleImportAction = defineFormAction({ permission: PERMISSION, schema: ZPeopleImportSchema, run: ({ actor, input }) => cancelPeopleImport({ actor, ...input }) });

/** Another column for a field, or another end date: the preview is made again. */
export const remapPeopleImportAction = defineFormAction({ permission: PERMISSION, schema: ZRemapPeopleImportSchema, run: ({ actor, input }) => remapPeopleImport({ actor, ...input }) });
