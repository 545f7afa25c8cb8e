"use client";

import { useActionState, useState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { useSubmitKeepingValues } from "@/ui/use-submit-keeping-values";
import { reportAppointmentAction } from "./actions";
import { AnotherReport } from "./another-report";
import { APPOINTMENT_LABELS } from "./schemas";
import type { PupilOption } from "./sick-form";

/** Afspraak melden: a medical appointment with a date and a time slot (one idempotency key per rendered form). */
export function AppointmentForm({ pupils, idempotencyKey, today, travelMinutes }: { pupils: PupilOption[]; idempotencyKey: string; today: string; travelMinutes: number }) {
  const [key, setKey] = useState(idempotencyKey);
  return <AppointmentFormRound key={key} pupils={pupils} idempotencyKey={key} today={today} travelMinutes={travelMinutes} onAnother={() => setKey(crypto.randomUUID())} />;
}

function AppointmentFormRound({ pupils, idempotencyKey, today, travelMinutes, onAnother }: { pupils: PupilOption[]; idempotencyKey: string; today: string; travelMinutes: number; onAnother: () => void }) {
  const [state, action, pending] = useActionState(reportAppointmentAction, INITIAL_FORM_STATE);
  const keepValues = useSubmitKeepingValues(action, state);
  if (state.ok) return <AnotherReport state={state} onAnother={onAnother} label="Nog een afspraak melden" />;
  const field = (name: string) => ({ id: `appt-${name}`, name, className: inputClass, "aria-invalid": Boolean(state.errors[name]), "aria-describedby": `appt-${name}-error` });
  return (
    <form action={action} {...keepValues} className="space-y-4" noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <p className="text-sm text-slate-700">
        Alleen de lessen tijdens de afspraak worden gemeld{travelMinutes > 0 ? `, met ${travelMinutes} minuten reistijd ervoor en erna` : ""}. Waarvoor de afspraak is, hoef je niet te vertellen.
      </p>
      <div>
        <label htmlFor="appt-pupilId" className="block text-sm font-medium">Voor wie?</label>
        <select {...field("pupilId")}>
          {pupils.map((p) => <option key={p.id} value={p.id}>{p.label}</option>)}
        </select>
        <FieldError id="appt-pupilId-error" errors={state.errors.pupilId} />
      </div>
      <div>
        <label htmlFor="appt-appointmentType" className="block text-sm font-medium">Waar is de afspraak?</label>
        <select {...field("appointmentType")} defaultValue="">
          <option value="" disabled>Kies…</option>
          {Object.entries(APPOINTMENT_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
        <FieldError id="appt-appointmentType-error" errors={state.errors.appointmentType} />
      </div>
      <div>
        <label htmlFor="appt-date" className="block text-sm font-medium">Datum</label>
        <input type="date" min={today} defaultValue={today} {...field("date")} />
        <FieldError id="appt-date-error" errors={state.errors.date} />
      </div>
      <div className="grid grid-cols-2 gap-3">
        <div>
          <label htmlFor="appt-startTime" className="block text-sm font-medium">Van</label>
          <input type="time" step={300} {...field("startTime")} />
          <FieldError id="appt-startTime-error" errors={state.errors.startTime} />
        </div>
        <div>
          <label htmlFor="appt-endTime" className="block text-sm font-medium">Tot</label>
          <input type="time" step={300} {...field("endTime")} />
          <FieldError id="appt-endTime-error" errors={state.errors.endTime} />
        </div>
      </div>
      <div>
        <label htmlFor="appt-note" className="block text-sm font-medium">Toelichting (niet verplicht)</label>
        <textarea rows={2} maxLength={200} {...field("note")} />
        <FieldError id="appt-note-error" errors={state.errors.note} />
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Afspraak melden"}</button>
    </form>
  );
}
