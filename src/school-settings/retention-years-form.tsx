"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { useSubmitKeepingValues } from "@/ui/use-submit-keeping-values";
import { updateRetentionYearsAction } from "./actions";

export function RetentionYearsForm({ current }: { current: number }) {
  const [state, action, pending] = useActionState(updateRetentionYearsAction, INITIAL_FORM_STATE);
  // Refused values stay in the fields to be corrected (issue 12).
  const keepValues = useSubmitKeepingValues(action, state);
  return (
    <form action={action} {...keepValues} className="space-y-3" noValidate>
      <div>
        <label htmlFor="retentionYears" className="block text-sm font-medium">Gegevens van vertrokken leerlingen bewaren (jaren na vertrek)</label>
        <input id="retentionYears" name="retentionYears" type="number" inputMode="numeric" min={1} max={10} defaultValue={current}
          className={inputClass} aria-invalid={Boolean(state.errors.retentionYears)} aria-describedby="retentionYears-hint retentionYears-error" />
        <p id="retentionYears-hint" className="mt-1 text-sm text-slate-600">
          Daarna verwijdert Aanwezig ’s nachts hun registraties, meldingen, verlofaanvragen, signalen, dossier en brieven. Het logboek blijft.
        </p>
        <FieldError id="retentionYears-error" errors={state.errors.retentionYears} />
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Bewaartermijn opslaan"}</button>
    </form>
  );
}
