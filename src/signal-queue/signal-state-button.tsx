"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { FormMessage } from "@/ui/form-feedback";
import { updateSignalStateAction } from "./actions";

/** "Oppakken": the coordinator becomes the signal's owner. */
export function SignalStateButton({ signalId, signalLabel }: { signalId: string; signalLabel: string }) {
  const [state, formAction, pending] = useActionState(updateSignalStateAction, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="signalId" value={signalId} />
      <input type="hidden" name="action" value="take" />
      <button type="submit" disabled={pending} aria-label={`Oppakken: ${signalLabel}`} className={smallButton}>
        {pending ? "Bezig…" : "Oppakken"}
      </button>
      {state.message && !state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}

export const smallButton =
  "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-blue-700 disabled:opacity-60";
