"use server";

import { defineFormAction } from "./safe-action";
import { ZEndAllSessionsSchema } from "./schemas";
import { endAllSessions } from "./server/end-all-sessions";

export const endAllSessionsAction = defineFormAction({
  permission: "account:manage-own",
  schema: ZEndAllSessionsSchema,
  run: endAllSessions,
});
