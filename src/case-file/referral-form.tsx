"use client";

import { useState } from "react";
import type { FormState } from "@/auth/form-state";
import { buttonClass, FormMessage } from "@/ui/form-feedback";
import { addReferralAction } from "./actions";
import { REFERRAL_LABELS, type TReferralTarget } from "./entry-labels";
import { Field, fieldProps } from "./form-field";
import { useFormAction } from "./use-form-action";

/** A referral to the youth doctor, the samenwerkingsverband, the knooppunt/leerplicht, or another body. */
export function ReferralForm({ pupilId, today }: { pupilId: string; today: string }) {
  const { state, pending, formKey, onSubmit } = useFormAction(addReferralAction);
  const f = (name: string) => fieldProps("verwijzing", name, state);
  return (
    <form key={formKey} onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="pupilId" value={pupilId} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field form="verwijzing" name="occurredOn" label="Datum van de verwijzing" state={state}>
          <input type="date" max={today} defaultValue={today} required {...f("occurredOn")} />
        </Field>
        <Field form="verwijzing" name="followUpOn" label="Vervolg op (niet verplicht)" state={state}>
          <input type="date" min={today} {...f("followUpOn")} />
        </Field>
      </div>
      <Target state={state} f={f} />
      <Field form="verwijzing" name="body" label="Waarom, en wat heb je doorgegeven?" state={state}>
        <textarea rows={4} required {...f("body")} />
      </Field>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Verwijzing opslaan"}</button>
    </form>
  );
}

function Target({ state, f }: { state: FormState; f: (name: string) => ReturnType<typeof fieldProps> }) {
  const [target, setTarget] = useState<TReferralTarget>("JGZ");
  return (
    <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
      <Field form="verwijzing" name="referralTo" label="Verwezen naar" state={state}>
        <select value={target} onChange={(e) => setTarget(e.target.value as TReferralTarget)} {...f("referralTo")}>
          {Object.entries(REFERRAL_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </Field>
      {target === "OTHER" ? (
        <Field form="verwijzing" name="referralOther" label="Naar wie of welke organisatie" state={state}>
          <input type="text" required {...f("referralOther")} />
        </Field>
      ) : null}
    </div>
  );
}
