"use client";

import { useActionState, useState, type FormEvent, startTransition } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { reportSickAction } from "./actions";
import { AnotherReport } from "./another-report";

export type PupilOption = { id: string; label: string };
import type { TimeOption } from "./time-options";
export type { TimeOption };

/**
 * Ziek melden for one or more pupils. Each rendered form carries its own idempotency key: sent twice
 * (a double tap, a retry on a bad connection), it yields one report and the same confirmation.
 */
export function SickForm({ pupils, fromOptions, idempotencyKey, today }: { pupils: PupilOption[]; fromOptions: TimeOption[]; idempotencyKey: string; today: string }) {
  const [key, setKey] = useState(idempotencyKey);
  return <SickFormRound key={key} pupils={pupils} fromOptions={fromOptions} idempotencyKey={key} today={today} onAnother={() => setKey(crypto.randomUUID())} />;
}

function SickFormRound({ pupils, fromOptions, idempotencyKey, today, onAnother }: { pupils: PupilOption[]; fromOptions: TimeOption[]; idempotencyKey: string; today: string; onAnother: () => void }) {
  const [state, action, pending] = useActionState(reportSickAction, INITIAL_FORM_STATE);
  const [until, setUntil] = useState("unknown");
  if (state.ok) return <AnotherReport state={state} onAnother={onAnother} label="Nog een ziekmelding doen" />;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    data.set("pupilIds", data.getAll("pupilIds").join(","));
    startTransition(() => action(data));
  };
  const error = (name: string) => ({ "aria-invalid": Boolean(state.errors[name]), "aria-describedby": `sick-${name}-error` });
  return (
    <form action={action} onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <fieldset aria-describedby="sick-pupilIds-error">
        <legend className="text-sm font-medium">Wie is ziek?</legend>
        <div className="mt-1 space-y-1">
          {pupils.map((p) => (
            <label key={p.id} className="flex min-h-11 items-center gap-3">
              <input type="checkbox" name="pupilIds" value={p.id} defaultChecked={pupils.length === 1} className="size-5 accent-blue-700" />
              {p.label}
            </label>
          ))}
        </div>
        <FieldError id="sick-pupilIds-error" errors={state.errors.pupilIds} />
      </fieldset>
      <div>
        <label htmlFor="sick-from" className="block text-sm font-medium">Ziek vanaf (vandaag)</label>
        <select id="sick-from" name="from" defaultValue="now" className={inputClass} {...error("from")}>
          {fromOptions.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
        <FieldError id="sick-from-error" errors={state.errors.from} />
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Tot wanneer?</legend>
        <div className="mt-1 space-y-1">
          {[["unknown", "Nog niet bekend"], ["today", "Alleen vandaag"], ["date", "Tot en met een verwachte datum"]].map(([value, label]) => (
            <label key={value} className="flex min-h-11 items-center gap-3">
              <input type="radio" name="until" value={value} checked={until === value} onChange={() => setUntil(value!)} className="size-5 accent-blue-700" />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {until === "date" ? (
        <div>
          <label htmlFor="sick-untilDate" className="block text-sm font-medium">Verwacht beter op (tot en met)</label>
          <input id="sick-untilDate" name="untilDate" type="date" min={today} className={inputClass} {...error("untilDate")} />
          <FieldError id="sick-untilDate-error" errors={state.errors.untilDate} />
        </div>
      ) : null}
      <div>
        <label htmlFor="sick-note" className="block text-sm font-medium">Toelichting (niet verplicht)</label>
        <textarea id="sick-note" name="note" rows={2} maxLength={200} className={inputClass} {...error("note")} aria-describedby="sick-note-hint sick-note-error" />
        <p id="sick-note-hint" className="mt-1 text-sm text-slate-600">Je hoeft niet te vertellen wat er aan de hand is; een diagnose vragen we niet.</p>
        <FieldError id="sick-note-error" errors={state.errors.note} />
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Ziek melden"}</button>
    </form>
  );
}
