"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage } from "@/ui/form-feedback";
import { chooseGuardianViewAction } from "./actions";

const OPTIONS = [
  { value: "show", label: "Mijn ouders of verzorgers mogen mijn registraties zien", hint: "Zij zien je afwezigheid en te laat komen, en kunnen je ziek melden en verlof voor je vragen." },
  { value: "hide", label: "Mijn ouders of verzorgers zien mijn registraties niet meer", hint: "Je meldt ziekte en vraagt verlof dan zelf. Je ouders krijgen een e-mail dat je dit hebt gekozen." },
] as const;

/** The 18+ pupil's choice what their parents see; the current choice is selected. */
export function GuardianViewForm({ guardiansMayView }: { guardiansMayView: boolean }) {
  const [state, action, pending] = useActionState(chooseGuardianViewAction, INITIAL_FORM_STATE);
  const current = guardiansMayView ? "show" : "hide";
  return (
    <form action={action} className="space-y-3">
      <fieldset aria-describedby="guardianView-error">
        <legend className="font-medium">Wat zien je ouders of verzorgers?</legend>
        <div className="mt-2 space-y-2">
          {OPTIONS.map((option) => (
            <label key={`${option.value}-${current}`} className="flex gap-3 rounded-md border border-slate-300 p-3 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50">
              <input type="radio" name="guardianView" value={option.value} defaultChecked={option.value === current}
                className="mt-1 h-4 w-4 shrink-0 accent-blue-700 focus:outline-none focus:ring-2 focus:ring-blue-700" aria-describedby={`guardianView-${option.value}-hint`} />
              <span>
                <span className="block">{option.label}</span>
                <span id={`guardianView-${option.value}-hint`} className="block text-sm text-slate-600">{option.hint}</span>
              </span>
            </label>
          ))}
        </div>
        <FieldError id="guardianView-error" errors={state.errors.guardianView} />
      </fieldset>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Keuze opslaan"}</button>
    </form>
  );
}
