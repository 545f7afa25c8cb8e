"use client";

import { signIn } from "next-auth/react";
import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from "react";
import { FieldError, inputClass } from "@/ui/form-feedback";
import { acceptInvitationAction, viewInvitationAction } from "./invitation-actions";
import type { TInvitationView } from "./invitation-state";
import { PASSWORD_MIN } from "./password-rules";
import { INITIAL_PUBLIC_FORM_STATE } from "./public-form-state";

const buttonClass = "w-full rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus:outline-none focus:ring-2 focus:ring-blue-700 focus:ring-offset-2 disabled:opacity-60";

const NOT_USABLE: Record<"invalid" | "expired" | "used", { title: string; text: string }> = {
  invalid: { title: "Deze link werkt niet", text: "De link is niet (meer) geldig. Misschien is er al een nieuwere verstuurd, of is hij niet helemaal overgenomen. Vraag de school om een nieuwe uitnodiging." },
  expired: { title: "Deze link is verlopen", text: "Een link werkt 72 uur. Vraag de school om een nieuwe; daarmee kies je alsnog je wachtwoord." },
  used: { title: "Deze link is al gebruikt", text: "Met deze link is al een wachtwoord gekozen. Log in met dat wachtwoord, of vraag de school om een nieuwe link." },
};

/**
 * Reads the token from the fragment (then takes it out of the address bar and history), asks the server
 * whose link it is, and lets the person choose a password; then logs them in with it. A role that
 * requires the two-step log-in is taken from the log-in page to its set-up (docs/decisions/116).
 */
export function AcceptInvitation() {
  const [link, setLink] = useState<{ token: string; view: TInvitationView } | null>(null);
  useEffect(() => {
    const token = window.location.hash.replace(/^#/, "");
    window.history.replaceState(null, "", window.location.pathname);
    const invalid: TInvitationView = { state: "invalid" };
    const check = token ? viewInvitationAction(token).catch(() => invalid) : Promise.resolve(invalid);
    void check.then((view) => setLink({ token, view }));
  }, []);

  if (!link) return <p role="status">Link controleren…</p>;
  const { token, view } = link;
  if (view.state !== "valid") {
    const { title, text } = NOT_USABLE[view.state];
    return (
      <>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="mt-3 text-slate-700">{text}</p>
        <p className="mt-4"><a href="/inloggen" className="text-blue-800 underline">Naar inloggen</a></p>
      </>
    );
  }
  return <ChoosePassword token={token} view={view} />;
}

function ChoosePassword({ token, view }: { token: string; view: Extract<TInvitationView, { state: "valid" }> }) {
  const [state, action, pending] = useActionState(acceptInvitationAction, INITIAL_PUBLIC_FORM_STATE);
  const [loginProblem, setLoginProblem] = useState(false);
  const [, startTransition] = useTransition();
  // What was typed, kept for the log-in right after: React empties the form once the action has run.
  const typed = useRef("");
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    typed.current = String(data.get("password") ?? "");
    startTransition(() => action(data));
  };
  useEffect(() => {
    if (!state.ok || !state.email) return;
    const password = typed.current;
    typed.current = "";
    // Logged in with what was just typed; a second step (a reset of someone who has one) or any hitch: the log-in page.
    signIn("credentials", { email: state.email, password, redirect: false }).then(
      (result) => (result && !result.error ? window.location.assign(new URL("/inloggen", window.location.origin)) : setLoginProblem(true)),
      () => setLoginProblem(true),
    );
  }, [state]);

  const invite = view.kind === "INVITE";
  if (state.ok) {
    return (
      <>
        <h1 className="text-2xl font-semibold">Wachtwoord ingesteld</h1>
        <p role="status" className="mt-3 text-slate-700">{loginProblem ? "Je wachtwoord is ingesteld. Log nu in met je e-mailadres en je nieuwe wachtwoord." : state.message}</p>
        <p className="mt-4"><a href="/inloggen" className="text-blue-800 underline">Naar inloggen</a></p>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-semibold">{invite ? "Welkom bij Aanwezig" : "Nieuw wachtwoord kiezen"}</h1>
      <p className="mt-2 text-slate-700">
        {invite ? `${view.schoolName} heeft je uitgenodigd. Kies een wachtwoord om je account te openen.` : `Kies een nieuw wachtwoord voor je account bij ${view.schoolName}.`}
      </p>
      <form action={action} onSubmit={onSubmit} className="mt-4 space-y-4" noValidate>
        <input type="hidden" name="token" value={token} />
        <div>
          <p className="text-sm font-medium">Naam</p>
          <p>{view.name}</p>
        </div>
        <div>
          <label htmlFor="invitation-email" className="block text-sm font-medium">E-mailadres (hiermee log je in)</label>
          <input id="invitation-email" type="email" autoComplete="username" readOnly value={view.email} className={`${inputClass} bg-slate-50`} />
        </div>
        <div>
          <label htmlFor="invitation-password" className="block text-sm font-medium">Nieuw wachtwoord</label>
          <p id="invitation-password-hint" className="text-sm text-slate-700">Minstens {PASSWORD_MIN} tekens. Een paar woorden achter elkaar is sterk en makkelijk te onthouden.</p>
          <input id="invitation-password" name="password" type="password" autoComplete="new-password" className={inputClass}
            aria-invalid={Boolean(state.errors.password)} aria-describedby="invitation-password-hint invitation-password-error" />
          <FieldError id="invitation-password-error" errors={state.errors.password} />
        </div>
        <div>
          <label htmlFor="invitation-confirmation" className="block text-sm font-medium">Nog een keer</label>
          <input id="invitation-confirmation" name="confirmation" type="password" autoComplete="new-password" className={inputClass}
            aria-invalid={Boolean(state.errors.confirmation)} aria-describedby="invitation-confirmation-error" />
          <FieldError id="invitation-confirmation-error" errors={state.errors.confirmation} />
        </div>
        {state.message && <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{state.message}</p>}
        <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Wachtwoord opslaan"}</button>
      </form>
    </>
  );
}
