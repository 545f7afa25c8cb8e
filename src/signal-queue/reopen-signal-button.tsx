"use client";

import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { FormMessage } from "@/ui/form-feedback";
import { reopenSignalAction } from "./actions";
import { smallButton } from "./signal-state-button";

/** "Heropenen": the undo of closing, from the queue's closed signals and from the case file. */
export function ReopenSignalButton({ signalId, signalLabel }: { signalId: string; signalLabel: string }) {
  const [state, formAction, pending] = useActionState(reopenSignalAction, INITIAL_FORM_STATE);
  const router = useRouter();
  useEffect(() => {
    if (state.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      <input type="hidden" name="signalId" value={signalId} />
      <button type="submit" disabled={pending} aria-label={`Heropenen: ${signalLabel}`} className={smallButton}>
        {pending ? "Bezig…" : "Heropenen"}
      </button>
      <FormMessage state={state} />
    </form>
  );
}
