"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/auth/safe-action";
import { ZDecideLeaveSchema, ZLeaveSettingsSchema, ZRecordOfficerDecisionSchema, ZWithdrawLeaveSchema } from "./schemas";
import { decideLeave } from "./server/decide-leave";
import { recordOfficerDecision } from "./server/record-officer-decision";
import { updateLeaveSettings } from "./server/update-leave-settings";
import { withdrawLeave } from "./server/withdraw-leave";

// A leave request itself is sent to POST /api/leave-requests: it carries files (decision 126).

export const decideLeaveAction = defineFormAction({
  permission: "leave:decide",
  schema: ZDecideLeaveSchema,
  run: async (args) => {
    const message = await decideLeave(args);
    revalidatePath("/verzuim/verlof");
    return message;
  },
});

export const recordOfficerDecisionAction = defineFormAction({
  permission: "leave:decide",
  schema: ZRecordOfficerDecisionSchema,
  run: async (args) => {
    const message = await recordOfficerDecision(args);
    revalidatePath("/verzuim/verlof");
    return message;
  },
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
