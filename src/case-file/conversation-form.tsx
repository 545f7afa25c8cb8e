"use client";

import { buttonClass, FieldError, FormMessage } from "@/ui/form-feedback";
import { addConversationAction } from "./actions";
import { Field, fieldProps } from "./form-field";
import { useFormAction } from "./use-form-action";

/** A waarom-gesprek: when, with whom (checked against the pupil's age on the server), and what was said. */
export function ConversationForm({ pupilId, today, participantsHint }: { pupilId: string; today: string; participantsHint: string }) {
  const { state, pending, formKey, onSubmit } = useFormAction(addConversationAction);
  const f = (name: string) => fieldProps("gesprek", name, state);
  return (
    <form key={formKey} onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="pupilId" value={pupilId} />
      <Field form="gesprek" name="occurredOn" label="Datum van het gesprek" state={state}>
        <input type="date" max={today} defaultValue={today} required {...f("occurredOn")} />
      </Field>
      <fieldset aria-describedby="gesprek-participants-hint gesprek-participants-error">
        <legend className="text-sm font-medium">Met wie</legend>
        <p id="gesprek-participants-hint" className="text-sm text-slate-600">{participantsHint}</p>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          <label className="flex items-center gap-2 py-1"><input type="checkbox" name="withParents" className="h-5 w-5" aria-invalid={Boolean(state.errors.participants)} /> Ouders/verzorgers</label>
          <label className="flex items-center gap-2 py-1"><input type="checkbox" name="withPupil" className="h-5 w-5" aria-invalid={Boolean(state.errors.participants)} /> Leerling</label>
        </div>
        <FieldError id="gesprek-participants-error" errors={state.errors.participants} />
      </fieldset>
      <Field form="gesprek" name="title" label="Onderwerp (niet verplicht)" state={state}>
        <input type="text" placeholder="Waarom-gesprek" {...f("title")} />
      </Field>
      <Field form="gesprek" name="body" label="Wat is er besproken?" state={state}>
        <textarea rows={5} required {...f("body")} />
      </Field>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Gesprek opslaan"}</button>
    </form>
  );
}
