"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { FormMessage } from "@/ui/form-feedback";
import { updateSignalStateAction } from "./actions";

const LABELS = { take: "Oppakken", close: "Afsluiten", reopen: "Heropenen" } as const;

export function SignalStateButton({ signalId, action, pupilName }: { signalId: string; action: keyof typeof LABELS; pupilName: string }) {
  const [state, formAction, pending] = useActionState(updateSignalStateAction, INITIAL_FORM_STATE);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="signalId" value={signalId} />
      <input type="hidden" name="action" value={action} />
      <button type="submit" disabled={pending} aria-label={`${LABELS[action]}: signaal van ${pupilName}`}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-blue-700 disabled:opacity-60">
        {pending ? "Bezig…" : LABELS[action]}
      </button>
      {state.message && !state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}
