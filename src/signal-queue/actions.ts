"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/auth/safe-action";
import { ZCloseSignalSchema, ZReopenSignalSchema, ZSignalActionSchema } from "./schemas";
import { closeSignal } from "./server/close-signal";
import { reopenSignal } from "./server/reopen-signal";
import { updateSignalState } from "./server/update-signal-state";

export const updateSignalStateAction = defineFormAction({
  permission: "signals:manage",
  schema: ZSignalActionSchema,
  run: async (args) => {
    const message = await updateSignalState(args);
    revalidatePath("/verzuim/signalen");
    return message;
  },
});

// No revalidatePath: the dialog stays to offer the undo, and refreshes the page itself when it closes.
export const closeSignalAction = defineFormAction({ permission: "signals:manage", schema: ZCloseSignalSchema, run: closeSignal });

export const reopenSignalAction = defineFormAction({ permission: "signals:manage", schema: ZReopenSignalSchema, run: reopenSignal });
