"use client";

import { useActionState, useEffect } from "react";
import { INITIAL_FORM_STATE } from "./form-state";
import { FormMessage } from "@/ui/form-feedback";
import { endAllSessionsAction } from "./actions";
import { logOut } from "./logout-button";

/** "Uitloggen op alle apparaten": ends every session of this person, this one too, then to the log-in page. */
export function EndAllSessionsForm() {
  const [state, action, pending] = useActionState(endAllSessionsAction, INITIAL_FORM_STATE);
  useEffect(() => {
    if (state.ok) void logOut();
  }, [state.ok]);
  return (
    <form action={action} className="mt-4 space-y-3">
      <button type="submit" disabled={pending || state.ok}
        className="rounded-md border border-red-700 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50 focus:outline-none focus:ring-2 focus:ring-blue-700 focus:ring-offset-2 disabled:opacity-60">
        {pending ? "Bezig met uitloggen…" : "Uitloggen op alle apparaten"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
