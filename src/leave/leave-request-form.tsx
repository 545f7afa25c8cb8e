"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import type { FormState } from "@/auth/form-state";
import { Field, fieldProps } from "@/case-file/form-field";
import { buttonClass, FormMessage } from "@/ui/form-feedback";
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MAX_COUNT } from "./attachment-kind";
import { REQUESTABLE_LEAVE_TYPES, type TRequestableLeaveType } from "./check-leave-request";
import { LEAVE_TYPE_HINTS, LEAVE_TYPE_LABELS } from "./leave-labels";

type Pupil = { id: string; firstName: string; self: boolean };

const EMPTY: FormState = { ok: false, message: null, errors: {} };

/**
 * "Verlof aanvragen": sent with its files to POST /api/leave-requests
 * (decision 126), not to a server action, whose body limit is for text. The
 * idempotency key comes with the rendered form, so sending it twice (a double
 * tap, a retry after a lost answer) makes one request; after a success the
 * next request gets a new key.
 */
export function LeaveRequestForm({ pupils, today, formKey, noticeWeeks }: { pupils: Pupil[]; today: string; formKey: string; noticeWeeks: number }) {
  const router = useRouter();
  const [state, setState] = useState<FormState>(EMPTY);
  const [pending, setPending] = useState(false);
  const [key, setKey] = useState(formKey);
  const [round, setRound] = useState(0);
  const [type, setType] = useState<TRequestableLeaveType>("SPECIAL_CIRCUMSTANCES");
  const f = (name: string) => fieldProps("verlof", name, state);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    try {
      const response = await fetch("/api/leave-requests", { method: "POST", body: new FormData(event.currentTarget) });
      const body = (await response.json().catch(() => null)) as { message?: string; error?: { message: string; fields: Record<string, string[]> } } | null;
      if (response.ok && body?.message) {
        setState({ ok: true, message: body.message, errors: {} });
        setKey(crypto.randomUUID());
        setRound((r) => r + 1);
        router.refresh();
      } else {
        setState({ ok: false, message: body?.error?.message ?? tooLargeOrFailed(response.status), errors: body?.error?.fields ?? {} });
      }
    } catch {
      setState({ ok: false, message: "Er is geen verbinding. Controleer je internet en probeer het opnieuw; de aanvraag wordt niet dubbel gemaakt.", errors: {} });
    } finally {
      setPending(false);
    }
  }

  const hint = type === "HOLIDAY_LEAVE" ? LEAVE_TYPE_HINTS.HOLIDAY_LEAVE.replace("ruim van tevoren", `minstens ${noticeWeeks} weken van tevoren`) : LEAVE_TYPE_HINTS[type];
  return (
    <form key={round} onSubmit={onSubmit} className="space-y-4" noValidate encType="multipart/form-data">
      <input type="hidden" name="idempotencyKey" value={key} />
      {pupils.length === 1 ? (
        <p>
          <input type="hidden" name="pupilId" value={pupils[0]!.id} />
          Voor <span className="font-medium">{pupils[0]!.self ? "jezelf" : pupils[0]!.firstName}</span>
        </p>
      ) : (
        <Field form="verlof" name="pupilId" label="Voor wie" state={state}>
          <select {...f("pupilId")} defaultValue={pupils[0]?.id}>
            {pupils.map((p) => <option key={p.id} value={p.id}>{p.self ? "Mezelf" : p.firstName}</option>)}
          </select>
        </Field>
      )}
      <fieldset aria-describedby="verlof-type-error">
        <legend className="block text-sm font-medium">Soort verlof</legend>
        <div className="mt-1 space-y-2">
          {REQUESTABLE_LEAVE_TYPES.map((t) => (
            <label key={t} className="flex items-start gap-2 rounded-md border border-slate-300 p-2 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50">
              <input type="radio" name="type" value={t} checked={type === t} onChange={() => setType(t)} className="mt-1 h-4 w-4 focus:ring-2 focus:ring-blue-700" />
              <span>{LEAVE_TYPE_LABELS[t]}</span>
            </label>
          ))}
        </div>
        <p id="verlof-type-hint" className="mt-2 rounded-md bg-slate-50 p-2 text-sm text-slate-800">{hint}</p>
        {state.errors.type ? <p id="verlof-type-error" className="mt-1 text-sm text-red-800">{state.errors.type.join(" ")}</p> : null}
      </fieldset>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field form="verlof" name="startDate" label="Eerste dag" state={state}>
          <input type="date" min={today} required {...f("startDate")} />
        </Field>
        <Field form="verlof" name="endDate" label="Laatste dag" state={state}>
          <input type="date" min={today} required {...f("endDate")} />
        </Field>
      </div>
      <Field form="verlof" name="reason" label="Reden" state={state} hint="Bijvoorbeeld: huwelijk van een oom in Groningen op vrijdag 4 december.">
        <textarea rows={3} required maxLength={2000} {...f("reason")} />
      </Field>
      <Field form="verlof" name="attachments" label={type === "HOLIDAY_LEAVE" ? "Verklaring van de werkgever (verplicht)" : "Bijlagen (niet verplicht)"} state={state}
        hint={`Bijvoorbeeld een uitnodiging of een verklaring. PDF, JPEG of PNG, hoogstens ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB per bestand, hoogstens ${ATTACHMENT_MAX_COUNT} bestanden.`}>
        <input type="file" multiple accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png" {...f("attachments")} />
      </Field>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig met versturen…" : "Verlof aanvragen"}</button>
    </form>
  );
}

function tooLargeOrFailed(status: number): string {
  if (status === 413) return "De bijlagen zijn samen te groot. Stuur kleinere bestanden mee.";
  return "Er ging iets mis bij het versturen. Probeer het opnieuw.";
}
