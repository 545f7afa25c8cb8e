"use client";

import { useActionState, useId } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { FieldError, FormMessage } from "@/ui/form-feedback";
import { resolveAbsenceAction } from "./actions";
import { RESOLUTIONS } from "./schemas";

/** One unknown absence: what the call turned up, for this lesson or the whole day. */
export function ResolveAbsenceForm({ registrationId, pupilName }: { registrationId: string; pupilName: string }) {
  const [state, action, pending] = useActionState(resolveAbsenceAction, INITIAL_FORM_STATE);
  const id = useId();
  if (state.ok) return <FormMessage state={state} />;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="registrationId" value={registrationId} />
      <div>
        <label htmlFor={`${id}-resolution`} className="sr-only">Uitkomst nabellen voor {pupilName}</label>
        <select id={`${id}-resolution`} name="resolution" defaultValue="" required aria-invalid={Boolean(state.errors.resolution)} aria-describedby={`${id}-error`}
          className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm focus:outline-none focus:ring-2 focus:ring-blue-700">
          <option value="" disabled>Uitkomst…</option>
          {Object.entries(RESOLUTIONS).map(([value, r]) => <option key={value} value={value}>{r.label}</option>)}
        </select>
      </div>
      <label className="flex items-center gap-1 text-sm">
        <input type="checkbox" name="wholeDay" defaultChecked className="h-4 w-4" /> hele dag
      </label>
      <button type="submit" disabled={pending} className="rounded-md bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 focus:outline-none focus:ring-2 focus:ring-blue-700 focus:ring-offset-2 disabled:opacity-60">
        {pending ? "Bezig…" : "Vastleggen"}
      </button>
      <FieldError id={`${id}-error`} errors={state.errors.resolution} />
      {state.message && !state.ok ? <FormMessage state={state} /> : null}
    </form>
  );
}
