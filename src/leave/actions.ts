"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/auth/safe-action";
import { ZDecideLeaveSchema, ZLeaveSettingsSchema, ZRecordOfficerDecisionSchema, ZWithdrawLeaveSchema } from "./schemas";
import { decideLeave } from "./server/decide-leave";
import { recordOfficerDecision } from "./server/record-officer-decision";
import { updateLeaveSettings } from "./server/update-leave-settings";
import { withdrawLeave } from "./server/withdraw-leave";

// A leave request itself is sent to POST /api/leave-requests: it carries files (decision 126).

// No revalidation after a decision: the form stays and shows what happened (was the letter e-mailed?),
// with a link to the request's page as it is now (as the daily check does).
export const decideLeaveAction = defineFormAction({
  permission: "leave:decide",
  schema: ZDecideLeaveSchema,
  run: decideLeave,
});

export const recordOfficerDecisionAction = defineFormAction({
  permission: "leave:decide",
  schema: ZRecordOfficerDecisionSchema,
  run: recordOfficerDecision,
});

export const withdrawLeaveAction = defineFormAction({
  permission: "leave:request-own",
  schema: ZWithdrawLeaveSchema,
  run: async (args) => {
    const message = await withdrawLeave(args);
    revalidatePath("/ouder/verlof");
    return message;
  },
});

export const updateLeaveSettingsAction = defineFormAction({
  permission: "school:configure",
  schema: ZLeaveSettingsSchema,
  run: async (args) => {
    const message = await updateLeaveSettings(args);
    revalidatePath("/beheer");
    return message;
  },
});
