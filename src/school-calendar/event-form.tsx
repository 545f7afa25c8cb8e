"use client";

import { useActionState, useId } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { useSubmitKeepingValues } from "@/ui/use-submit-keeping-values";
import { saveCalendarEventAction } from "./actions";
import { asksConfirmation, ConfirmBox } from "./confirm-box";
import { CALENDAR_EVENT_KINDS } from "./schemas";

export interface EditableEvent {
  id: string;
  kind: "FREE_DAY" | "HOLIDAY";
  name: string;
  startDate: string;
  endDate: string;
}

/** Adds a study day, free day or holiday to a school year, or changes one; asks first when lessons are touched. */
export function EventForm({ yearId, event, min, max }: { yearId: string; event?: EditableEvent; min: string; max: string }) {
  const [state, action, pending] = useActionState(saveCalendarEventAction, INITIAL_FORM_STATE);
  const keepValues = useSubmitKeepingValues(action, event ? { ...state, ok: false } : state);
  const prefix = useId();
  const field = (name: "name" | "startDate" | "endDate" | "kind") => ({
    id: `${prefix}-${name}`,
    name,
    "aria-invalid": Boolean(state.errors[name]),
    "aria-describedby": `${prefix}-${name}-error`,
    className: inputClass,
  });
  const confirming = asksConfirmation(state);
  return (
    <form action={action} {...keepValues} className="space-y-3" noValidate>
      <input type="hidden" name="yearId" value={yearId} />
      {event ? <input type="hidden" name="eventId" value={event.id} /> : null}
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${prefix}-name`} className="block text-sm font-medium">Naam</label>
          <input type="text" placeholder="Studiedag" defaultValue={event?.name} {...field("name")} />
          <FieldError id={`${prefix}-name-error`} errors={state.errors.name} />
        </div>
        <div>
          <label htmlFor={`${prefix}-kind`} className="block text-sm font-medium">Soort</label>
          <select defaultValue={event?.kind ?? "FREE_DAY"} {...field("kind")}>
            {Object.entries(CALENDAR_EVENT_KINDS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
          <FieldError id={`${prefix}-kind-error`} errors={state.errors.kind} />
        </div>
        <div>
          <label htmlFor={`${prefix}-startDate`} className="block text-sm font-medium">Van</label>
          <input type="date" min={min} max={max} defaultValue={event?.startDate} {...field("startDate")} />
          <FieldError id={`${prefix}-startDate-error`} errors={state.errors.startDate} />
        </div>
        <div>
          <label htmlFor={`${prefix}-endDate`} className="block text-sm font-medium">Tot en met</label>
          <input type="date" min={min} max={max} defaultValue={event?.endDate} {...field("endDate")} />
          <FieldError id={`${prefix}-endDate-error`} errors={state.errors.endDate} />
        </div>
      </div>
      {confirming ? <ConfirmBox state={state} pending={pending} label={event ? "Ja, wijzigen" : "Ja, toevoegen"} /> : <FormMessage state={state} />}
      {confirming ? null : (
        <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : event ? "Wijziging opslaan" : "Toevoegen aan de kalender"}</button>
      )}
    </form>
  );
}
