"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/auth/form-state";
import { FormMessage } from "@/ui/form-feedback";

/** One button that runs a report step (back to draft, end date passed on), with its result announced. */
export function ReportActionButton({ action, reportId, label, className }: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  reportId: string;
  label: string;
  className: string;
}) {
  const [state, run, pending] = useActionState(action, INITIAL_FORM_STATE);
  return (
    <form action={run} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <button type="submit" disabled={pending} className={className}>{pending ? "Bezig…" : label}</button>
      <FormMessage state={state} />
    </form>
  );
}
