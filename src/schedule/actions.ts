"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/auth/safe-action";
import { ZEndScheduleChangeSchema, ZRemoveScheduleChangeSchema, ZSaveScheduleChangeSchema } from "./schemas";
import { endScheduleChange } from "./server/end-schedule-change";
import { removeScheduleChange } from "./server/remove-schedule-change";
import { saveScheduleChange } from "./server/save-schedule-change";
import { scheduleChangesHref } from "./schedule-changes-href";

const PERMISSION = "schedule:adjust";

/** The pupil's page shows the change with the answer. */
function refreshed(pupilId: string, message: string): string {
  revalidatePath(scheduleChangesHref(pupilId));
  return message;
}

export const saveScheduleChangeAction = defineFormAction({
  permission: PERMISSION, schema: ZSaveScheduleChangeSchema, run: async (args) => refreshed(args.input.pupilId, await saveScheduleChange(args)),
});

export const endScheduleChangeAction = defineFormAction({
  permission: PERMISSION, schema: ZEndScheduleChangeSchema, run: async (args) => refreshed(args.input.pupilId, await endScheduleChange(args)),
});

export const removeScheduleChangeAction = defineFormAction({
  permission: PERMISSION, schema: ZRemoveScheduleChangeSchema, run: async (args) => refreshed(args.input.pupilId, await removeScheduleChange(args)),
});
