"use client";

import { useActionState, useState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { useFocusFirstInvalid } from "./use-focus-first-invalid";
import { markDuoReportSubmittedAction } from "./actions";

/** "Gemeld bij DUO": the day the report went into the verzuimloket or out through the administration package. */
export function SubmittedForm({ reportId, today }: { reportId: string; today: string }) {
  const [state, action, pending] = useActionState(markDuoReportSubmittedAction, INITIAL_FORM_STATE);
  const form = useFocusFirstInvalid(state);
  const [date, setDate] = useState(today);
  return (
    <form ref={form} action={action} className="space-y-3" noValidate>
      <input type="hidden" name="reportId" value={reportId} />
      <div className="max-w-xs">
        <label htmlFor="duo-submittedOn" className="block text-sm font-medium">Gemeld bij DUO op</label>
        <input id="duo-submittedOn" name="submittedOn" type="date" max={today} value={date} onChange={(e) => setDate(e.target.value)} className={inputClass}
          aria-invalid={Boolean(state.errors.submittedOn)} aria-describedby={state.errors.submittedOn ? "duo-submittedOn-error" : undefined} />
        <FieldError id="duo-submittedOn-error" errors={state.errors.submittedOn} />
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Gemeld bij DUO"}</button>
    </form>
  );
}
