"use client";

import { type FormEvent, useActionState, useState } from "react";
import { INITIAL_FORM_STATE, type FormState } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { cancelTimetableImportAction, confirmTimetableImportAction } from "./actions";
import type { TimetablePreview } from "./plan-timetable-import";
import { TimetablePreviewView } from "./timetable-preview";

type Previewed = { id: string | null; format: "zermelo" | "untis"; preview: TimetablePreview };

/** Beheer → Rooster importeren: the upload, then its preview with Bevestigen and Annuleren (decision 141). */
export function TimetableImportPanel({ today }: { today: string }) {
  const [state, setState] = useState<FormState>(INITIAL_FORM_STATE);
  const [pending, setPending] = useState(false);
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [format, setFormat] = useState<"zermelo" | "untis">("zermelo");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setPreviewed(null);
    try {
      const response = await fetch("/api/imports/timetable", { method: "POST", body: new FormData(event.currentTarget) });
      const body = (await response.json().catch(() => null)) as ({ id: string | null; preview: TimetablePreview } & { error?: { message: string; fields: Record<string, string[]> } }) | null;
      if (response.ok && body?.preview) {
        setState(INITIAL_FORM_STATE);
        setPreviewed({ id: body.id, format, preview: body.preview });
      } else {
        setState({ ok: false, message: body?.error?.message ?? (response.status === 413 ? "Het bestand is te groot (meer dan 50 MB)." : "Er ging iets mis bij het inlezen. Probeer het opnieuw."), errors: body?.error?.fields ?? {} });
      }
    } catch {
      setState({ ok: false, message: "Er is geen verbinding. Controleer je internet en probeer het opnieuw.", errors: {} });
    } finally {
      setPending(false);
    }
  }

  const invalid = (name: string) => (state.errors[name]?.length ? { "aria-invalid": true, "aria-describedby": `rooster-${name}-error` } : {});
  return (
    <div className="space-y-6">
      <section aria-labelledby="bestand" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="bestand" className="mb-3 text-lg font-semibold">Bestand kiezen</h2>
        <form onSubmit={onSubmit} className="space-y-4" noValidate encType="multipart/form-data">
          <fieldset aria-describedby="rooster-format-error">
            <legend className="block text-sm font-medium">Soort bestand</legend>
            <div className="mt-1 grid grid-cols-1 gap-2 sm:grid-cols-2">
              <label className="flex items-start gap-2 rounded-md border border-slate-300 p-2 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50">
                <input type="radio" name="format" value="zermelo" checked={format === "zermelo"} onChange={() => setFormat("zermelo")} className="mt-1 h-4 w-4" />
                <span>Zermelo: de afspraken als JSON (<code>/api/v3/appointments</code>)</span>
              </label>
              <label className="flex items-start gap-2 rounded-md border border-slate-300 p-2 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50">
                <input type="radio" name="format" value="untis" checked={format === "untis"} onChange={() => setFormat("untis")} className="mt-1 h-4 w-4" />
                <span>Untis: de GPU-tekstbestanden, samen in één keer</span>
              </label>
            </div>
            <FieldError id="rooster-format-error" errors={state.errors.format} />
          </fieldset>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
            <div>
              <label htmlFor="rooster-from" className="block text-sm font-medium">Nieuw rooster geldt vanaf</label>
              <input id="rooster-from" name="from" type="date" defaultValue={today} required className={inputClass} {...invalid("from")} />
              <FieldError id="rooster-from-error" errors={state.errors.from} />
            </div>
            <div>
              <label htmlFor="rooster-files" className="block text-sm font-medium">Bestand{format === "untis" ? "en" : ""}</label>
              <input id="rooster-files" name="files" type="file" multiple={format === "untis"} accept={format === "zermelo" ? "application/json,.json" : ".txt,.csv,text/plain"} required className={inputClass} {...invalid("files")} />
              <FieldError id="rooster-files-error" errors={state.errors.files} />
            </div>
          </div>
          <p className="text-sm text-slate-700">Hoogstens 50 MB. Er wordt nog niets opgeslagen: je ziet eerst wat er verandert.</p>
          <FormMessage state={state} />
          <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig met inlezen…" : "Voorbeeld bekijken"}</button>
        </form>
      </section>
      {previewed ? <PreviewSection previewed={previewed} onDone={() => setPreviewed(null)} /> : null}
    </div>
  );
}

function PreviewSection({ previewed, onDone }: { previewed: Previewed; onDone: () => void }) {
  const [confirmState, confirm, confirming] = useActionState(confirmTimetableImportAction, INITIAL_FORM_STATE);
  const [cancelState, cancel, cancelling] = useActionState(cancelTimetableImportAction, INITIAL_FORM_STATE);
  const done = confirmState.ok || cancelState.ok;
  return (
    <section aria-labelledby="voorbeeld" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="voorbeeld" className="mb-3 text-lg font-semibold">Voorbeeld</h2>
      <TimetablePreviewView preview={previewed.preview} />
      <div className="mt-4 space-y-3">
        <FormMessage state={confirmState} />
        <FormMessage state={cancelState} />
        {previewed.id && !done ? (
          <div className="flex flex-wrap gap-3">
            <form action={confirm}>
              <input type="hidden" name="id" value={previewed.id} />
              <input type="hidden" name="format" value={previewed.format} />
              <button type="submit" disabled={confirming || cancelling} className={buttonClass}>{confirming ? "Bezig met inlezen…" : "Bevestigen en inlezen"}</button>
            </form>
            <form action={cancel}>
              <input type="hidden" name="id" value={previewed.id} />
              <input type="hidden" name="format" value={previewed.format} />
              <button type="submit" disabled={confirming || cancelling} className="rounded-md border border-slate-400 px-4 py-2 font-medium text-slate-900 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-blue-700">Annuleren</button>
            </form>
          </div>
        ) : null}
        {done ? <button type="button" onClick={onDone} className="text-blue-800 underline">Nog een bestand inlezen</button> : null}
      </div>
    </section>
  );
}
