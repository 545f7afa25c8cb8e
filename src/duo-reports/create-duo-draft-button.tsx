"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FormMessage } from "@/ui/form-feedback";
import { createDuoDraftFormAction } from "./actions";

const compactButtonClass =
  "rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus:outline-none focus:ring-2 focus:ring-blue-700 focus:ring-offset-2 disabled:opacity-60";

/**
 * "Melding opstellen" for one signal: makes (or opens) its draft verzuimmelding
 * and goes there. A refusal (the signal was withdrawn, makes no DUO report)
 * is shown next to the button. For the signal queue and the reports page.
 */
export function CreateDuoDraftButton({ signalId, label = "Melding opstellen", describedBy, compact = false }: {
  signalId: string;
  label?: string;
  /** The id of the text that says which signal this is: "Opstellen" alone does not tell a screen reader user. */
  describedBy?: string;
  /** A smaller button, for long lists. */
  compact?: boolean;
}) {
  const [state, action, pending] = useActionState(createDuoDraftFormAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="shrink-0 space-y-2">
      <input type="hidden" name="signalId" value={signalId} />
      <button type="submit" disabled={pending} aria-describedby={describedBy} className={compact ? compactButtonClass : buttonClass}>
        {pending ? "Bezig…" : label}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
