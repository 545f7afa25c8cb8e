"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { updateRulesProfileAction } from "./actions";
import { RULES_PROFILE_LABELS } from "./schemas";

export function RulesProfileForm({ current }: { current: keyof typeof RULES_PROFILE_LABELS }) {
  const [state, action, pending] = useActionState(updateRulesProfileAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-3">
      <div>
        <label htmlFor="rulesProfile" className="block text-sm font-medium">Regelprofiel voor signalen</label>
        <select id="rulesProfile" name="rulesProfile" defaultValue={current} className={inputClass}
          aria-invalid={Boolean(state.errors.rulesProfile)} aria-describedby="rulesProfile-error">
          {Object.entries(RULES_PROFILE_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
        <FieldError id="rulesProfile-error" errors={state.errors.rulesProfile} />
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Profiel opslaan"}</button>
    </form>
  );
}
