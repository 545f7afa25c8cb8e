"use client";

import { useRouter } from "next/navigation";
import { useActionState, useCallback, useEffect, useId, useRef, useState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { FieldError, FormMessage, buttonClass } from "@/ui/form-feedback";
import { useFormAction } from "@/case-file/use-form-action";
import { closeSignalAction, reopenSignalAction } from "./actions";
import { CLOSE_REASONS } from "./close-reasons";
import { smallButton } from "./signal-state-button";

/**
 * "Afsluiten…": a modal dialog (native <dialog>: focus stays inside, Escape
 * closes it) that asks why, closes the signal, and then offers the undo
 * before the queue is refreshed without the signal.
 */
export function CloseSignalDialog({ signalId, signalLabel }: { signalId: string; signalLabel: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [attempt, setAttempt] = useState(0);
  const [changed, setChanged] = useState(false);
  const router = useRouter();
  const open = () => {
    // showModal on an open dialog throws; a double click must not.
    if (!dialog.current || dialog.current.open) return;
    setAttempt((n) => n + 1);
    dialog.current.showModal();
  };
  const onClose = () => {
    if (changed) router.refresh();
    setChanged(false);
  };
  const markChanged = useCallback(() => setChanged(true), []);
  const titleId = useId();
  return (
    <>
      <button type="button" onClick={open} aria-haspopup="dialog" aria-label={`Afsluiten: ${signalLabel}`} className={smallButton}>Afsluiten…</button>
      <dialog ref={dialog} aria-labelledby={titleId} onClose={onClose}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50">
        <CloseSignalForm key={attempt} titleId={titleId} signalId={signalId} signalLabel={signalLabel}
          onChanged={markChanged} onDone={() => dialog.current?.close()} />
      </dialog>
    </>
  );
}

function CloseSignalForm({ titleId, signalId, signalLabel, onChanged, onDone }: {
  titleId: string; signalId: string; signalLabel: string; onChanged: () => void; onDone: () => void;
}) {
  // Submitted from onSubmit (useFormAction): a refused close must keep the chosen reason and the typed note.
  const { state: closed, pending: closing, onSubmit: close } = useFormAction(closeSignalAction);
  const [reopened, reopenAction, reopening] = useActionState(reopenSignalAction, INITIAL_FORM_STATE);
  const result = useRef<HTMLParagraphElement>(null);
  const ids = useId();
  useEffect(() => {
    if (closed.ok || reopened.ok) {
      onChanged();
      result.current?.focus();
    }
  }, [closed, reopened, onChanged]);

  if (closed.ok) {
    return (
      <div className="space-y-4 p-5">
        <h2 id={titleId} className="text-lg font-semibold">Signaal afsluiten</h2>
        <p ref={result} tabIndex={-1} role="status" className="rounded-md bg-green-50 px-3 py-2 text-green-900 focus:outline-none">
          {reopened.ok ? reopened.message : `${closed.message} Het staat in het dossier van de leerling.`}
        </p>
        {reopened.message && !reopened.ok ? <FormMessage state={reopened} /> : null}
        <div className="flex flex-wrap gap-2">
          {reopened.ok ? null : (
            <form action={reopenAction}>
              <input type="hidden" name="signalId" value={signalId} />
              <button type="submit" disabled={reopening} className={smallButton}>{reopening ? "Bezig…" : "Ongedaan maken"}</button>
            </form>
          )}
          <button type="button" onClick={onDone} className={buttonClass}>Klaar</button>
        </div>
      </div>
    );
  }

  const noteError = closed.errors.note;
  const reasonError = closed.errors.reason;
  return (
    <form onSubmit={close} className="space-y-4 p-5" noValidate>
      <div>
        <h2 id={titleId} className="text-lg font-semibold">Signaal afsluiten</h2>
        <p className="text-slate-700">{signalLabel}</p>
      </div>
      <input type="hidden" name="signalId" value={signalId} />
      <fieldset aria-describedby={reasonError ? `${ids}-reason-error` : undefined}>
        <legend className="font-medium">Waarom sluit je dit signaal af?</legend>
        <div className="mt-2 space-y-1">
          {Object.entries(CLOSE_REASONS).map(([code, label]) => (
            <label key={code} className="flex items-center gap-2 rounded-md px-1 py-1.5 hover:bg-slate-50">
              <input type="radio" name="reason" value={code} className="h-4 w-4 accent-blue-700" />
              {label}
            </label>
          ))}
        </div>
        <FieldError id={`${ids}-reason-error`} errors={reasonError} />
      </fieldset>
      <div>
        <label htmlFor={`${ids}-note`} className="block font-medium">Toelichting <span className="font-normal text-slate-700">(optioneel; nodig bij ‘Anders’)</span></label>
        <textarea id={`${ids}-note`} name="note" rows={3} maxLength={500} aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${ids}-note-error` : undefined}
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 focus:outline-none focus:ring-2 focus:ring-blue-700 aria-[invalid=true]:border-red-700" />
        <FieldError id={`${ids}-note-error`} errors={noteError} />
      </div>
      {closed.message ? <FormMessage state={closed} /> : null}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={closing} className={buttonClass}>{closing ? "Bezig…" : "Afsluiten"}</button>
        <button type="button" onClick={onDone} className={smallButton}>Annuleren</button>
      </div>
    </form>
  );
}
