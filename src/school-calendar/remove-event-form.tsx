"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { FormMessage } from "@/ui/form-feedback";
import { removeCalendarEventAction } from "./actions";
import { asksConfirmation, ConfirmBox } from "./confirm-box";

export const quietButton = "rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-blue-700 focus:ring-offset-2 disabled:opacity-60";

/** Removes a holiday or free day; when lessons come back, asks first (decision 150). */
export function RemoveEventForm({ eventId, name }: { eventId: string; name: string }) {
  const [state, action, pending] = useActionState(removeCalendarEventAction, INITIAL_FORM_STATE);
  const confirming = asksConfirmation(state);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="eventId" value={eventId} />
      {confirming ? (
        <ConfirmBox state={state} pending={pending} label={`Ja, ‘${name}’ weghalen`} />
      ) : (
        <>
          <FormMessage state={state} />
          <button type="submit" disabled={pending} className={quietButton} aria-label={`‘${name}’ weghalen`}>{pending ? "Bezig…" : "Weghalen"}</button>
        </>
      )}
    </form>
  );
}
