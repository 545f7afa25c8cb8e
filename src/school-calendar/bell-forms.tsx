"use client";

import { useActionState, useId } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { clockTime } from "@/calendar/school-time";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { useSubmitKeepingValues } from "@/ui/use-submit-keeping-values";
import { addBellScheduleAction, addScheduleDateAction, removeScheduleDateAction, saveBellPeriodAction, setWeekdaySchedulesAction } from "./actions";
import { quietButton } from "./remove-event-form";
import type { BellScheduleView } from "./server/list-bell-schedules";

type Field = { id: string; name: string; "aria-invalid": boolean; "aria-describedby": string; className: string };
function useFields(errors: Record<string, string[]>) {
  const prefix = useId();
  return (name: string): Field => ({ id: `${prefix}-${name}`, name, "aria-invalid": Boolean(errors[name]), "aria-describedby": `${prefix}-${name}-error`, className: inputClass });
}

function Labelled({ field, label, errors, children }: { field: Field; label: string; errors: string[] | undefined; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={field.id} className="block text-sm font-medium">{label}</label>
      {children}
      <FieldError id={field["aria-describedby"]} errors={errors} />
    </div>
  );
}

/** Changes a period's times or adds a period, for the lessons from a chosen date on (decision 151). */
export function PeriodForm({ schedule, tomorrow, period }: { schedule: BellScheduleView; tomorrow: string; period?: BellScheduleView["periods"][number] }) {
  const [state, action, pending] = useActionState(saveBellPeriodAction, INITIAL_FORM_STATE);
  const keepValues = useSubmitKeepingValues(action, period ? { ...state, ok: false } : state);
  const field = useFields(state.errors);
  const next = Math.max(0, ...schedule.periods.map((p) => p.number)) + 1;
  return (
    <form action={action} {...keepValues} className="space-y-3" noValidate>
      <input type="hidden" name="bellScheduleId" value={schedule.id} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {period ? <input type="hidden" name="number" value={period.number} /> : (
          <Labelled field={field("number")} label="Lesuur" errors={state.errors.number}>
            <input type="number" min={1} max={15} inputMode="numeric" defaultValue={next} {...field("number")} />
          </Labelled>
        )}
        <Labelled field={field("start")} label="Begint om" errors={state.errors.start}>
          <input type="time" defaultValue={period ? clockTime(period.startMinutes) : ""} {...field("start")} />
        </Labelled>
        <Labelled field={field("end")} label="Eindigt om" errors={state.errors.end}>
          <input type="time" defaultValue={period ? clockTime(period.endMinutes) : ""} {...field("end")} />
        </Labelled>
        <Labelled field={field("validFrom")} label="Geldt vanaf" errors={state.errors.validFrom}>
          <input type="date" min={tomorrow} defaultValue={tomorrow} {...field("validFrom")} />
        </Labelled>
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={period ? quietButton : buttonClass}>
        {pending ? "Bezig…" : period ? `Tijden van het ${period.number}e uur opslaan` : "Lesuur toevoegen"}
      </button>
    </form>
  );
}

/** Adds a bell schedule, starting from the periods of an existing one. */
export function AddScheduleForm({ schedules }: { schedules: BellScheduleView[] }) {
  const [state, action, pending] = useActionState(addBellScheduleAction, INITIAL_FORM_STATE);
  const keepValues = useSubmitKeepingValues(action, state);
  const field = useFields(state.errors);
  return (
    <form action={action} {...keepValues} className="space-y-3" noValidate>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Labelled field={field("name")} label="Naam" errors={state.errors.name}>
          <input type="text" placeholder="Verkort rooster" {...field("name")} />
        </Labelled>
        <Labelled field={field("copyFromId")} label="Begin met de lesuren van" errors={state.errors.copyFromId}>
          <select defaultValue={schedules[0]?.id ?? ""} {...field("copyFromId")}>
            <option value="">Geen: lege tabel</option>
            {schedules.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </Labelled>
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Lestijdentabel toevoegen"}</button>
    </form>
  );
}

const DAY_NAMES = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"] as const;

/** Which bell schedule each weekday of a school year has. */
export function WeekdayForm({ yearId, schedules, weekdays, tomorrow }: { yearId: string; schedules: BellScheduleView[]; weekdays: Record<number, string | null>; tomorrow: string }) {
  const [state, action, pending] = useActionState(setWeekdaySchedulesAction, INITIAL_FORM_STATE);
  const keepValues = useSubmitKeepingValues(action, { ...state, ok: false });
  const field = useFields(state.errors);
  return (
    <form action={action} {...keepValues} className="space-y-3" noValidate>
      <input type="hidden" name="yearId" value={yearId} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        {DAY_NAMES.map((day, i) => (
          <Labelled key={day} field={field(`dag-${i + 1}`)} label={day[0]!.toUpperCase() + day.slice(1)} errors={state.errors[`dag-${i + 1}`]}>
            <select defaultValue={weekdays[i + 1] ?? ""} {...field(`dag-${i + 1}`)}>
              <option value="">Geen lessen</option>
              {schedules.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </Labelled>
        ))}
        <Labelled field={field("validFrom")} label="Geldt vanaf" errors={state.errors.validFrom}>
          <input type="date" min={tomorrow} defaultValue={tomorrow} {...field("validFrom")} />
        </Labelled>
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Weekdagen opslaan"}</button>
    </form>
  );
}

/** Marks one date with another bell schedule (a shortened-schedule day). */
export function ScheduleDateForm({ yearId, schedules, tomorrow, max }: { yearId: string; schedules: BellScheduleView[]; tomorrow: string; max: string }) {
  const [state, action, pending] = useActionState(addScheduleDateAction, INITIAL_FORM_STATE);
  const keepValues = useSubmitKeepingValues(action, state);
  const field = useFields(state.errors);
  return (
    <form action={action} {...keepValues} className="space-y-3" noValidate>
      <input type="hidden" name="yearId" value={yearId} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Labelled field={field("date")} label="Datum" errors={state.errors.date}>
          <input type="date" min={tomorrow} max={max} {...field("date")} />
        </Labelled>
        <Labelled field={field("bellScheduleId")} label="Lestijden op die dag" errors={state.errors.bellScheduleId}>
          <select defaultValue={schedules.find((s) => /verkort/i.test(s.name))?.id ?? schedules[0]?.id ?? ""} {...field("bellScheduleId")}>
            {schedules.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        </Labelled>
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Dag met andere lestijden toevoegen"}</button>
    </form>
  );
}

/** Takes a date's own bell schedule away again. */
export function RemoveScheduleDateForm({ dateUseId, label }: { dateUseId: string; label: string }) {
  const [state, action, pending] = useActionState(removeScheduleDateAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="useId" value={dateUseId} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={quietButton} aria-label={`${label} weghalen`}>{pending ? "Bezig…" : "Weghalen"}</button>
    </form>
  );
}
