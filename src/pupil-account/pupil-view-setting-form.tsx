"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage } from "@/ui/form-feedback";
import { setPupilViewSettingAction } from "./actions";

/** Beheer: whether pupils under 18 with an account see their own registrations. */
export function PupilViewSettingForm({ current }: { current: boolean }) {
  const [state, action, pending] = useActionState(setPupilViewSettingAction, INITIAL_FORM_STATE);
  const value = current ? "yes" : "no";
  return (
    <form action={action} className="space-y-3">
      <fieldset aria-describedby="pupilsSeeOwnRegistrations-hint pupilsSeeOwnRegistrations-error">
        <legend className="block text-sm font-medium">Leerlingen onder de 18 zien hun eigen registraties</legend>
        <p id="pupilsSeeOwnRegistrations-hint" className="mt-1 text-sm text-slate-600">Alleen lezen, met een eigen account. Vanaf 18 zien leerlingen ze altijd.</p>
        <div className="mt-2 flex flex-wrap gap-4">
          {([["yes", "Ja"], ["no", "Nee"]] as const).map(([option, label]) => (
            <label key={`${option}-${value}`} className="flex items-center gap-2">
              <input type="radio" name="pupilsSeeOwnRegistrations" value={option} defaultChecked={option === value}
                className="h-4 w-4 accent-blue-700 focus:outline-none focus:ring-2 focus:ring-blue-700" />
              {label}
            </label>
          ))}
        </div>
        <FieldError id="pupilsSeeOwnRegistrations-error" errors={state.errors.pupilsSeeOwnRegistrations} />
      </fieldset>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Instelling opslaan"}</button>
    </form>
  );
}
