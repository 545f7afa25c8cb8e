"use client";

import { useActionState, useId } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { useSubmitKeepingValues } from "@/ui/use-submit-keeping-values";
import { endScheduleChangeAction, removeScheduleChangeAction, saveScheduleChangeAction } from "./actions";
import { CHANGE_CATEGORIES } from "./schemas";

const quietButton = "rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-blue-700 focus:ring-offset-2 disabled:opacity-60";

const CATEGORY_TEXT: Record<(typeof CHANGE_CATEGORIES)[number], { label: string; hint: string }> = {
  REDUCED_SCHEDULE: { label: "Opbouwrooster", hint: "De leerling volgt een deel van de lessen: kies de lesuren, dagen of het vak die hij of zij (nog) niet volgt." },
  EXEMPTION: { label: "Vrijstelling", hint: "De leerling volgt een vak niet, bijvoorbeeld LO op medisch advies." },
  INTERNSHIP: { label: "Stage", hint: "Geen lessen op de gekozen dagen; kies geen dag voor een stage van hele weken." },
};
const DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"];

export type ScheduleChangeValues = {
  id: string; category: (typeof CHANGE_CATEGORIES)[number]; subjectId: string; weekdays: number[]; periods: number[];
  validFrom: string; validUntil: string; reason: string;
};

/** Add a schedule change to a pupil, or edit one (`initial.id`). Keeps what was typed when it is refused. */
export function ScheduleChangeForm({ pupilId, subjects, periods, initial, today }: {
  pupilId: string; subjects: { id: string; name: string }[]; periods: number; initial?: ScheduleChangeValues; today: string;
}) {
  const [state, action, pending] = useActionState(saveScheduleChangeAction, INITIAL_FORM_STATE);
  const keepValues = useSubmitKeepingValues(action, state);
  const id = useId();
  const v: ScheduleChangeValues = initial ?? { id: "", category: "REDUCED_SCHEDULE", subjectId: "", weekdays: [], periods: [], validFrom: today, validUntil: "", reason: "" };
  const field = (name: string) => ({ id: `${id}-${name}`, name, "aria-invalid": Boolean(state.errors[name]), "aria-describedby": `${id}-${name}-error` });
  return (
    <form action={action} {...keepValues} className="space-y-4" noValidate>
      <input type="hidden" name="pupilId" value={pupilId} />
      <input type="hidden" name="id" value={v.id} />
      <fieldset aria-describedby={`${id}-category-error`}>
        <legend className="text-sm font-medium">Soort aanpassing</legend>
        <div className="mt-1 space-y-1">
          {CHANGE_CATEGORIES.map((category) => (
            <label key={category} className="flex min-h-11 items-start gap-3 py-1">
              <input type="radio" name="category" value={category} defaultChecked={v.category === category} className="mt-1 size-5 accent-blue-700" />
              <span><span className="font-medium">{CATEGORY_TEXT[category].label}</span><span className="block text-sm text-slate-600">{CATEGORY_TEXT[category].hint}</span></span>
            </label>
          ))}
        </div>
        <FieldError id={`${id}-category-error`} errors={state.errors.category} />
      </fieldset>
      <div>
        <label htmlFor={`${id}-subjectId`} className="block text-sm font-medium">Vak</label>
        <select defaultValue={v.subjectId} className={inputClass} {...field("subjectId")}>
          <option value="">Alle vakken</option>
          {subjects.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
        <FieldError id={`${id}-subjectId-error`} errors={state.errors.subjectId} />
      </div>
      <fieldset aria-describedby={`${id}-weekdays-error`}>
        <legend className="text-sm font-medium">Geen les op (niets aangevinkt: alle dagen)</legend>
        <div className="mt-1 flex flex-wrap gap-x-4">
          {DAYS.map((day, i) => (
            <label key={day} className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name={`dag-${i + 1}`} defaultChecked={v.weekdays.includes(i + 1)} className="size-5 accent-blue-700" />{day}
            </label>
          ))}
        </div>
        <FieldError id={`${id}-weekdays-error`} errors={state.errors.weekdays} />
      </fieldset>
      <fieldset aria-describedby={`${id}-periods-error`}>
        <legend className="text-sm font-medium">Geen les in lesuur (niets aangevinkt: alle lesuren)</legend>
        <div className="mt-1 flex flex-wrap gap-x-4">
          {Array.from({ length: periods }, (_, i) => i + 1).map((p) => (
            <label key={p} className="flex min-h-11 min-w-11 items-center gap-2">
              <input type="checkbox" name={`uur-${p}`} defaultChecked={v.periods.includes(p)} className="size-5 accent-blue-700" aria-label={`Lesuur ${p}`} />{p}
            </label>
          ))}
        </div>
        <FieldError id={`${id}-periods-error`} errors={state.errors.periods} />
      </fieldset>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-validFrom`} className="block text-sm font-medium">Eerste dag</label>
          <input type="date" defaultValue={v.validFrom} className={inputClass} {...field("validFrom")} />
          <FieldError id={`${id}-validFrom-error`} errors={state.errors.validFrom} />
        </div>
        <div>
          <label htmlFor={`${id}-validUntil`} className="block text-sm font-medium">Laatste dag (leeg: tot nader order)</label>
          <input type="date" defaultValue={v.validUntil} className={inputClass} {...field("validUntil")} />
          <FieldError id={`${id}-validUntil-error`} errors={state.errors.validUntil} />
        </div>
      </div>
      <div>
        <label htmlFor={`${id}-reason`} className="block text-sm font-medium">Reden (kort)</label>
        <input type="text" defaultValue={v.reason} maxLength={120} autoComplete="off" className={inputClass} {...field("reason")} aria-describedby={`${id}-reason-hint ${id}-reason-error`} />
        <p id={`${id}-reason-hint`} className="mt-1 text-sm text-slate-600">Alleen voor coördinator, beheer en mentor. Docenten zien één woord: opbouwrooster, vrijstelling of stage.</p>
        <FieldError id={`${id}-reason-error`} errors={state.errors.reason} />
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : initial ? "Wijziging opslaan" : "Aanpassing vastleggen"}</button>
    </form>
  );
}

/** End a change: the last day it applies. */
export function EndScheduleChangeForm({ pupilId, changeId, today, label }: { pupilId: string; changeId: string; today: string; label: string }) {
  const [state, action, pending] = useActionState(endScheduleChangeAction, INITIAL_FORM_STATE);
  const keepValues = useSubmitKeepingValues(action, state);
  const id = useId();
  return (
    <form action={action} {...keepValues} className="space-y-2" noValidate>
      <input type="hidden" name="pupilId" value={pupilId} />
      <input type="hidden" name="id" value={changeId} />
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={`${id}-lastDay`} className="block text-sm font-medium">Laatste dag van {label}</label>
          <input id={`${id}-lastDay`} name="lastDay" type="date" defaultValue={today} className={inputClass}
            aria-invalid={Boolean(state.errors.lastDay)} aria-describedby={`${id}-lastDay-error`} />
        </div>
        <button type="submit" disabled={pending} className={quietButton}>{pending ? "Bezig…" : "Beëindigen"}</button>
      </div>
      <FieldError id={`${id}-lastDay-error`} errors={state.errors.lastDay} />
      <FormMessage state={state} />
    </form>
  );
}

/** Remove a change that was a mistake. */
export function RemoveScheduleChangeForm({ pupilId, changeId, label }: { pupilId: string; changeId: string; label: string }) {
  const [state, action, pending] = useActionState(removeScheduleChangeAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="pupilId" value={pupilId} />
      <input type="hidden" name="id" value={changeId} />
      <p className="text-sm text-slate-700">Was deze aanpassing een vergissing? Verwijderen maakt het rooster alsof ze nooit bestond, ook in het verleden.</p>
      <button type="submit" disabled={pending} className={quietButton}>{pending ? "Bezig…" : `${label} verwijderen`}</button>
      <FormMessage state={state} />
    </form>
  );
}
