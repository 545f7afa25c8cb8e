"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { useSubmitKeepingValues } from "@/ui/use-submit-keeping-values";
import { updateCorrectionDaysAction } from "./actions";

export function CorrectionDaysForm({ current }: { current: number }) {
  const [state, action, pending] = useActionState(updateCorrectionDaysAction, INITIAL_FORM_STATE);
  // Refused values stay in the fields to be corrected (issue 12).
  const keepValues = useSubmitKeepingValues(action, state);
  return (
    <form action={action} {...keepValues} className="space-y-3" noValidate>
      <div>
        <label htmlFor="teacherCorrectionDays" className="block text-sm font-medium">Docenten mogen hun registraties corrigeren tot (schooldagen na de les)</label>
        <input id="teacherCorrectionDays" name="teacherCorrectionDays" type="number" inputMode="numeric" min={0} max={20} defaultValue={current}
          className={inputClass} aria-invalid={Boolean(state.errors.teacherCorrectionDays)} aria-describedby="teacherCorrectionDays-hint teacherCorrectionDays-error" />
        <p id="teacherCorrectionDays-hint" className="mt-1 text-sm text-slate-600">0 = alleen op de dag zelf. Daarna corrigeert de verzuimcoördinator.</p>
        <FieldError id="teacherCorrectionDays-error" errors={state.errors.teacherCorrectionDays} />
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Termijn opslaan"}</button>
    </form>
  );
}
