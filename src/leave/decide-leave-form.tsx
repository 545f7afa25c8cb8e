"use client";

import { useState } from "react";
import { Field, fieldProps } from "@/case-file/form-field";
import { useFormAction } from "@/case-file/use-form-action";
import { buttonClass, FormMessage } from "@/ui/form-feedback";
import { Done } from "./decision-done";
import { decideLeaveAction } from "./actions";

/** Approve, reject (with the reason) or, over 10 school days, forward with the school's advice. */
export function DecideLeaveForm({ leaveRequestId, overLimit }: { leaveRequestId: string; overLimit: boolean }) {
  const { state, pending, onSubmit } = useFormAction(decideLeaveAction);
  const choices = overLimit
    ? [["REFER", "Doorsturen naar de leerplichtambtenaar, met advies"]] as const
    : [["APPROVE", "Toekennen"], ["REJECT", "Afwijzen"]] as const;
  // No choice made in advance: approving or rejecting is the decider's own act, never a default.
  const [decision, setDecision] = useState<string>(overLimit ? "REFER" : "");
  const f = (name: string) => fieldProps("besluit", name, state);
  const noteLabel = decision === "REFER" ? "Advies van de school aan de leerplichtambtenaar" : decision === "REJECT" ? "Reden van de afwijzing" : "Toelichting (niet verplicht)";
  if (state.ok) return <Done message={state.message ?? ""} leaveRequestId={leaveRequestId} />;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="leaveRequestId" value={leaveRequestId} />
      <fieldset>
        <legend className="block text-sm font-medium">Besluit</legend>
        <div className="mt-1 flex flex-wrap gap-2">
          {choices.map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50">
              <input type="radio" name="decision" value={value} checked={decision === value} onChange={() => setDecision(value)} className="h-4 w-4" />
              {label}
            </label>
          ))}
        </div>
        {state.errors.decision ? <p className="mt-1 text-sm text-red-800">{state.errors.decision.join(" ")}</p> : null}
      </fieldset>
      <Field form="besluit" name="note" label={noteLabel} state={state}
        hint={decision === "REFER" ? "Komt in de PDF voor de leerplichtambtenaar." : "Komt in de besluitbrief aan de aanvrager; de brief bevat ook de bezwaarclausule."}>
        <textarea rows={4} maxLength={2000} {...f("note")} />
      </Field>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Bezig…" : decision === "REFER" ? "Doorsturen" : decision === "REJECT" ? "Afwijzen en brief versturen" : decision === "APPROVE" ? "Toekennen en brief versturen" : "Besluit versturen"}
      </button>
    </form>
  );
}
