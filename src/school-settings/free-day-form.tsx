"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { useSubmitKeepingValues } from "@/ui/use-submit-keeping-values";
import { addFreeDayAction } from "./actions";

export function FreeDayForm() {
  const [state, action, pending] = useActionState(addFreeDayAction, INITIAL_FORM_STATE);
  const keepValues = useSubmitKeepingValues(action, state);
  const field = (name: "name" | "startDate" | "endDate") => ({
    id: `freeday-${name}`,
    name,
    "aria-invalid": Boolean(state.errors[name]),
    "aria-describedby": `freeday-${name}-error`,
    className: inputClass,
  });
  return (
    <form action={action} {...keepValues} className="space-y-3" noValidate>
      <div>
        <label htmlFor="freeday-name" className="block text-sm font-medium">Naam</label>
        <input type="text" placeholder="Studiedag" required {...field("name")} />
        <FieldError id="freeday-name-error" errors={state.errors.name} />
      </div>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="freeday-startDate" className="block text-sm font-medium">Van</label>
          <input type="date" required {...field("startDate")} />
          <FieldError id="freeday-startDate-error" errors={state.errors.startDate} />
        </div>
        <div>
          <label htmlFor="freeday-endDate" className="block text-sm font-medium">Tot en met</label>
          <input type="date" required {...field("endDate")} />
          <FieldError id="freeday-endDate-error" errors={state.errors.endDate} />
        </div>
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Vrije dag toevoegen"}</button>
    </form>
  );
}
