"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { useSubmitKeepingValues } from "@/ui/use-submit-keeping-values";
import { cancelPeopleImportAction, confirmPeopleImportAction, remapPeopleImportAction } from "./actions";
import type { PeopleKind } from "./people-fields";

const quietButton = "rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-blue-700 focus:ring-offset-2 disabled:opacity-60";

/**
 * "Bevestigen" and "Annuleren". After either, the pending import is gone; the answer stays on screen with
 * where to go next (for guardians: inviting them on Beheer → Mensen).
 */
export function ConfirmImportForms({ id, kind, canConfirm }: { id: string; kind: PeopleKind; canConfirm: boolean }) {
  const [confirmed, confirm, confirming] = useActionState(confirmPeopleImportAction, INITIAL_FORM_STATE);
  const [cancelled, cancel, cancelling] = useActionState(cancelPeopleImportAction, INITIAL_FORM_STATE);
  const done = confirmed.ok || cancelled.ok;
  return (
    <div className="space-y-3">
      <FormMessage state={confirmed.message ? confirmed : cancelled} />
      {done ? (
        <p className="flex flex-wrap gap-x-4 gap-y-2">
          {confirmed.ok && kind === "guardians" && <Link href="/beheer/mensen#ouders" className="text-blue-800 underline">Ouders en verzorgers uitnodigen (Beheer → Mensen)</Link>}
          <Link href="/beheer/import/mensen" className="text-blue-800 underline">Nog een bestand importeren</Link>
          <Link href="/beheer" className="text-blue-800 underline">Naar Beheer</Link>
        </p>
      ) : (
        <div className="flex flex-wrap gap-3">
          {canConfirm && (
            <form action={confirm}>
              <input type="hidden" name="id" value={id} />
              <input type="hidden" name="kind" value={kind} />
              <button type="submit" className={buttonClass} disabled={confirming || cancelling}>{confirming ? "Bezig met importeren…" : "Bevestigen"}</button>
            </form>
          )}
          <form action={cancel}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="kind" value={kind} />
            <button type="submit" className={quietButton} disabled={confirming || cancelling}>Annuleren</button>
          </form>
        </div>
      )}
    </div>
  );
}

export type MappingField = { key: string; label: string; required: boolean; column: string | null };

/** One select per field: which column of the file holds it. The preview is made again from the kept rows. */
export function MappingForm({ id, kind, headers, fields, endDate }: { id: string; kind: PeopleKind; headers: string[]; fields: MappingField[]; endDate: string | null }) {
  const router = useRouter();
  const [state, action, pending] = useActionState(remapPeopleImportAction, INITIAL_FORM_STATE);
  const keepValues = useSubmitKeepingValues(action, state);
  useEffect(() => {
    if (state.message) router.refresh();
  }, [state, router]);
  return (
    <form action={action} {...keepValues} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="kind" value={kind} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {fields.map((f) => (
          <div key={f.key}>
            <label htmlFor={`kolom-${f.key}`} className="block text-sm font-medium">{f.label}{f.required ? " (verplicht)" : ""}</label>
            <select id={`kolom-${f.key}`} name={`kolom-${f.key}`} defaultValue={f.column ?? ""} aria-invalid={Boolean(state.errors[`kolom-${f.key}`]) || (f.required && !f.column)}
              aria-describedby={`kolom-${f.key}-error`} className={inputClass}>
              <option value="">— geen kolom —</option>
              {headers.filter((h) => h !== "").map((h) => <option key={h} value={h}>{h}</option>)}
            </select>
            <FieldError id={`kolom-${f.key}-error`} errors={state.errors[`kolom-${f.key}`]} />
          </div>
        ))}
      </div>
      {endDate !== null && (
        <div className="sm:max-w-xs">
          <label htmlFor="remap-endDate" className="block text-sm font-medium">Uitschrijven per</label>
          <input id="remap-endDate" type="date" name="endDate" defaultValue={endDate} aria-describedby="remap-endDate-error" className={inputClass} />
          <FieldError id="remap-endDate-error" errors={state.errors.endDate} />
        </div>
      )}
      <FormMessage state={state} />
      <button type="submit" className={quietButton} disabled={pending}>Voorbeeld opnieuw maken</button>
    </form>
  );
}
