"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { FormMessage, inputClass } from "@/ui/form-feedback";
import { reportRecoveredAction } from "./actions";
import type { TimeOption } from "./sick-form";

/** Beter melden on an open sick report: from now, a later lesson today, or tomorrow. */
export function RecoveredForm({ reportId, options, who }: { reportId: string; options: TimeOption[]; who: string }) {
  const [state, action, pending] = useActionState(reportRecoveredAction, INITIAL_FORM_STATE);
  if (state.ok) return <FormMessage state={state} />;
  const id = `better-${reportId}`;
  return (
    <form action={action} className="mt-2 flex flex-wrap items-end gap-2" noValidate>
      <input type="hidden" name="reportId" value={reportId} />
      <div className="min-w-44 flex-1">
        <label htmlFor={id} className="block text-sm font-medium">{who} weer beter vanaf</label>
        <select id={id} name="from" defaultValue="now" className={inputClass}>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-green-700 px-4 py-2 font-medium text-white hover:bg-green-800 focus:outline-none focus:ring-2 focus:ring-green-700 focus:ring-offset-2 disabled:opacity-60">
        {pending ? "Bezig…" : "Beter melden"}
      </button>
      <div className="w-full"><FormMessage state={state} /></div>
    </form>
  );
}
