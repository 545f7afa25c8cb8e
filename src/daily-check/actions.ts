"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/auth/safe-action";
import { ZResolveAbsenceSchema, ZSendReminderSchema } from "./schemas";
import { resolveUnknownAbsence } from "./server/resolve-unknown-absence";
import { sendRegistrationReminder } from "./server/send-registration-reminder";

export const sendReminderAction = defineFormAction({
  permission: "daily-check:use",
  schema: ZSendReminderSchema,
  run: async (args) => {
    const message = await sendRegistrationReminder(args);
    revalidatePath("/verzuim");
    return message;
  },
});

export const resolveAbsenceAction = defineFormAction({
  permission: "daily-check:use",
  schema: ZResolveAbsenceSchema,
  // No revalidation: the row stays and shows what was recorded, so the coordinator
  // (and a screen reader) is told; the list is fresh on the next visit.
  run: resolveUnknownAbsence,
});
