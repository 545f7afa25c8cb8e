"use client";

import { useActionState, useState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { useSubmitKeepingValues } from "@/ui/use-submit-keeping-values";
import { updateRulesProfileAction } from "./actions";
import { RULES_PROFILE_LABELS } from "./schemas";

type Profile = keyof typeof RULES_PROFILE_LABELS;

/** The profile choice, with the chosen profile's thresholds in words below it (`descriptions`: per profile, from its settings). */
export function RulesProfileForm({ current, descriptions }: { current: Profile; descriptions: Record<Profile, string[]> }) {
  const [state, action, pending] = useActionState(updateRulesProfileAction, INITIAL_FORM_STATE);
  const keepValues = useSubmitKeepingValues(action, state);
  const [chosen, setChosen] = useState<Profile>(current);
  return (
    <form action={action} {...keepValues} className="space-y-3">
      <div>
        <label htmlFor="rulesProfile" className="block text-sm font-medium">Regelprofiel voor signalen</label>
        <select id="rulesProfile" name="rulesProfile" defaultValue={current} className={inputClass} onChange={(e) => setChosen(e.currentTarget.value as Profile)}
          aria-invalid={Boolean(state.errors.rulesProfile)} aria-describedby="rulesProfile-words rulesProfile-error">
          {Object.entries(RULES_PROFILE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
        <FieldError id="rulesProfile-error" errors={state.errors.rulesProfile} />
      </div>
      <div id="rulesProfile-words" aria-live="polite" className="rounded-md bg-slate-50 p-3 text-sm text-slate-800">
        <p className="font-medium">{chosen === current ? "Zo werkt dit profiel" : `Zo werkt ${RULES_PROFILE_LABELS[chosen]} (nog niet opgeslagen)`}</p>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          {(descriptions[chosen] ?? []).map((line) => <li key={line}>{line}</li>)}
        </ul>
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Profiel opslaan"}</button>
    </form>
  );
}
