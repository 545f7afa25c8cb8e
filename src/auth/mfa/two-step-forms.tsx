"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { INITIAL_FORM_STATE, type FormState } from "../form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { newRecoveryCodesAction, setUpTwoStepAction, switchOffTwoStepAction } from "./actions";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** One field for a code from the app: numeric keyboard on a phone, filled in by the phone's own code suggestions. */
function useCodeForm({ action, idPrefix, label, submit, pendingText, danger = false }: {
  action: Action; idPrefix: string; label: string; submit: string; pendingText: string; danger?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL_FORM_STATE);
  const errors = state.errors.code;
  return { state, form: (
    <form action={formAction} className="mt-3 space-y-3" noValidate>
      <div className="max-w-xs">
        <label htmlFor={`${idPrefix}-code`} className="block text-sm font-medium">{label}</label>
        <input id={`${idPrefix}-code`} name="code" type="text" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" maxLength={7}
          required aria-invalid={errors ? true : undefined} aria-describedby={errors ? `${idPrefix}-code-error` : undefined}
          className={`${inputClass} tracking-widest`} />
        <FieldError id={`${idPrefix}-code-error`} errors={errors} />
      </div>
      <button type="submit" disabled={pending}
        className={danger ? "rounded-md border border-red-700 bg-white px-4 py-2 font-medium text-red-800 hover:bg-red-50 focus:outline-none focus:ring-2 focus:ring-blue-700 focus:ring-offset-2 disabled:opacity-60" : buttonClass}>
        {pending ? pendingText : submit}
      </button>
      {state.ok ? null : <FormMessage state={{ ...state, message: errors ? null : state.message }} />}
    </form>
  ) };
}

/** The recovery codes, this once; focus moves to them so a screen reader hears they are there. */
export function RecoveryCodesShown({ codes, message, continueHref }: { codes: string[]; message: string | null; continueHref: string | null }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="mt-4 space-y-3">
      {message ? <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">{message}</p> : null}
      <h3 ref={heading} tabIndex={-1} className="text-base font-semibold focus:outline-none focus:ring-2 focus:ring-blue-700">Je herstelcodes</h3>
      <p className="text-slate-700">
        Kun je je app niet gebruiken, bijvoorbeeld omdat je telefoon kwijt is? Dan log je in met een van deze codes.
        Elke code werkt één keer. <strong>Je ziet ze alleen nu.</strong> Bewaar ze op een veilige plek: geprint in een afgesloten la, of in een wachtwoordmanager.
      </p>
      <ol aria-label="Herstelcodes" className="grid grid-cols-1 gap-1 rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-base sm:grid-cols-2">
        {codes.map((code) => <li key={code}>{code}</li>)}
      </ol>
      {continueHref ? (
        <Link href={continueHref} className={`inline-block ${buttonClass}`}>Ik heb ze bewaard, ga verder</Link>
      ) : null}
    </div>
  );
}

/** Setting up: scan, then confirm with a code; then the recovery codes. */
export function SetUpTwoStepForm({ continueHref }: { continueHref: string }) {
  const { state, form } = useCodeForm({ action: setUpTwoStepAction, idPrefix: "set-up", label: "Code uit je app", submit: "Tweestapsverificatie aanzetten", pendingText: "Bezig met controleren…" });
  if (state.ok && state.shownOnce) return <RecoveryCodesShown codes={state.shownOnce} message={state.message} continueHref={continueHref} />;
  return form;
}

export function NewRecoveryCodesForm() {
  const { state, form } = useCodeForm({ action: newRecoveryCodesAction, idPrefix: "new-codes", label: "Code uit je app", submit: "Nieuwe herstelcodes maken", pendingText: "Bezig…" });
  if (state.ok && state.shownOnce) return <RecoveryCodesShown codes={state.shownOnce} message={state.message} continueHref={null} />;
  return form;
}

export function SwitchOffTwoStepForm() {
  const { state, form } = useCodeForm({ action: switchOffTwoStepAction, idPrefix: "switch-off", label: "Code uit je app", submit: "Tweestapsverificatie uitzetten", pendingText: "Bezig…", danger: true });
  if (state.ok) return <FormMessage state={state} />;
  return form;
}
