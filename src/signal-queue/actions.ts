"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/auth/safe-action";
import { ZSignalActionSchema } from "./schemas";
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
