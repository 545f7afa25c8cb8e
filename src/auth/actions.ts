"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { FormState } from "./form-state";
import { defineFormAction } from "./safe-action";
import { ZEndAllSessionsSchema, ZSwitchSchoolSchema } from "./schemas";
import { endAllSessions } from "./server/end-all-sessions";
import { switchSchool } from "./server/switch-school";
import { writeSessionCookie } from "./session-cookie";

export const endAllSessionsAction = defineFormAction({
  permission: "account:manage-own",
  schema: ZEndAllSessionsSchema,
  run: endAllSessions,
});

/** The school switch in the header: a new session in the chosen school, then its start page ("/" sends there). */
export async function switchSchoolAction(previous: FormState, formData: FormData): Promise<FormState> {
  const state = await switchSchoolForm(previous, formData);
  // Outside the form action's error handling: redirect works by throwing.
  if (state.ok) redirect("/");
  return state;
}

async function switchSchoolForm(previous: FormState, formData: FormData): Promise<FormState> {
  const userAgent = (await headers()).get("user-agent");
  return defineFormAction({
    permission: "account:manage-own",
    schema: ZSwitchSchoolSchema,
    run: async ({ actor, input }) => {
      const moved = await switchSchool({ actor, input, userAgent });
      await writeSessionCookie(moved);
      return `Je bent nu bij ${moved.schoolName}.`;
    },
  })(previous, formData);
}
