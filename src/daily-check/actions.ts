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
  run: async (args) => {
    const message = await resolveUnknownAbsence(args);
    revalidatePath("/verzuim");
    return message;
  },
});
