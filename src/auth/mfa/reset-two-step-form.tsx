"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { resetTwoStepAction } from "./actions";

/** Beheer: reset the second step of a person of this school who lost both their phone and their recovery codes. */
export function ResetTwoStepForm() {
  const [state, action, pending] = useActionState(resetTwoStepAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-3" noValidate>
      <p className="text-sm text-slate-700">
        Voor iemand die zijn telefoon én herstelcodes kwijt is. De persoon wordt overal uitgelogd en stelt bij de volgende inlog
        de tweestapsverificatie opnieuw in. Controleer eerst wie erom vraagt: persoonlijk, of door terug te bellen op een bekend nummer.
      </p>
      <div>
        <label htmlFor="reset-email" className="block text-sm font-medium">E-mailadres van de persoon</label>
        <input id="reset-email" name="email" type="email" autoComplete="off" className={inputClass}
          aria-invalid={Boolean(state.errors.email)} aria-describedby="reset-email-error" />
        <FieldError id="reset-email-error" errors={state.errors.email} />
      </div>
      <div>
        <label className="flex items-start gap-2">
          <input type="checkbox" name="identityChecked" className="mt-0.5 h-5 w-5" aria-invalid={Boolean(state.errors.identityChecked)} aria-describedby="reset-identity-error" />
          <span>Ik heb gecontroleerd dat deze persoon zelf om het herstel vraagt.</span>
        </label>
        <FieldError id="reset-identity-error" errors={state.errors.identityChecked} />
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Tweestapsverificatie herstellen"}</button>
    </form>
  );
}
