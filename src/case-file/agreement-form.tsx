"use client";

import { buttonClass, FormMessage } from "@/ui/form-feedback";
import { addAgreementAction } from "./actions";
import { Field, fieldProps } from "./form-field";
import { useFormAction } from "./use-form-action";

/** An agreement (plan van aanpak) with the date on which it is followed up. */
export function AgreementForm({ pupilId, today }: { pupilId: string; today: string }) {
  const { state, pending, formKey, onSubmit } = useFormAction(addAgreementAction);
  const f = (name: string) => fieldProps("afspraak", name, state);
  return (
    <form key={formKey} onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="pupilId" value={pupilId} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field form="afspraak" name="occurredOn" label="Datum van de afspraak" state={state}>
          <input type="date" max={today} defaultValue={today} required {...f("occurredOn")} />
        </Field>
        <Field form="afspraak" name="followUpOn" label="Vervolg (nabespreken) op" state={state}>
          <input type="date" min={today} required {...f("followUpOn")} />
        </Field>
      </div>
      <Field form="afspraak" name="title" label="Titel" state={state}>
        <input type="text" defaultValue="Plan van aanpak" required {...f("title")} />
      </Field>
      <Field form="afspraak" name="body" label="Wat is er afgesproken? Wie doet wat?" state={state}>
        <textarea rows={5} required {...f("body")} />
      </Field>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Afspraak opslaan"}</button>
    </form>
  );
}
