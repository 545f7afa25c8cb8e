"use client";

import { buttonClass, FormMessage } from "@/ui/form-feedback";
import { addNoteAction } from "./actions";
import { Field, fieldProps } from "./form-field";
import { useFormAction } from "./use-form-action";

export function NoteForm({ pupilId, today }: { pupilId: string; today: string }) {
  const { state, pending, formKey, onSubmit } = useFormAction(addNoteAction);
  const f = (name: string) => fieldProps("notitie", name, state);
  return (
    <form key={formKey} onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="pupilId" value={pupilId} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field form="notitie" name="occurredOn" label="Datum" state={state}>
          <input type="date" max={today} defaultValue={today} required {...f("occurredOn")} />
        </Field>
        <Field form="notitie" name="title" label="Titel (niet verplicht)" state={state}>
          <input type="text" placeholder="Notitie" {...f("title")} />
        </Field>
      </div>
      <Field form="notitie" name="body" label="Notitie" state={state}>
        <textarea rows={4} required {...f("body")} />
      </Field>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Notitie opslaan"}</button>
    </form>
  );
}
