"use client";

import { signIn } from "next-auth/react";
import { useEffect, useRef, useState } from "react";
import { LOGIN_EXPIRED, loginErrorMessage, SECOND_STEP_CODES, secondStepToken } from "./login-messages";

const inputClass = "mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base focus:outline-none focus:ring-2 focus:ring-blue-700";
const buttonClass = "w-full rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus:outline-none focus:ring-2 focus:ring-blue-700 focus:ring-offset-2 disabled:opacity-60";
const OFFLINE = "Inloggen lukt nu niet. Controleer je verbinding en probeer het opnieuw.";

/**
 * `next`: where to go once logged in — the log-in page again, which sends the person on (app/inloggen/page.tsx).
 * `afterRecoveryCode`: where to go instead after logging in with a recovery code (the set-up page says how many are left).
 * A person with the two-step log-in gets a second form for the code; what carries over between
 * the two is the server's proof that the password was right, never the password (docs/decisions/116-two-step-login.md).
 */
export function LoginForm({ next, afterRecoveryCode }: { next: string; afterRecoveryCode: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [pendingLogin, setPendingLogin] = useState<string | null>(null);

  async function onPassword(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError("Vul je e-mailadres en wachtwoord in.");
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (!result || result.error) {
        const token = secondStepToken(result?.error ?? "");
        if (token) setPendingLogin(token);
        else setError(loginErrorMessage(result?.error ?? ""));
        return;
      }
      window.location.assign(next);
    } catch {
      setError(OFFLINE);
    } finally {
      setPending(false);
    }
  }

  if (pendingLogin) {
    return (
      <SecondStepForm pendingLogin={pendingLogin} next={next} afterRecoveryCode={afterRecoveryCode}
        onExpired={() => { setPendingLogin(null); setError(LOGIN_EXPIRED); }} />
    );
  }

  return (
    <form onSubmit={onPassword} noValidate className="mt-6 space-y-4" aria-describedby={error ? "login-error" : undefined}>
      <div>
        <label htmlFor="email" className="block text-sm font-medium">E-mailadres</label>
        <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">Wachtwoord</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </div>
      <ErrorMessage error={error} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Bezig met inloggen…" : "Inloggen"}
      </button>
    </form>
  );
}

function SecondStepForm({ pendingLogin, next, afterRecoveryCode, onExpired }: { pendingLogin: string; next: string; afterRecoveryCode: string; onExpired: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [recovery, setRecovery] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), [recovery]);

  async function onCode(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get("code") ?? "").trim();
    if (!code) {
      setError(recovery ? "Vul een van je herstelcodes in." : "Vul de 6 cijfers uit je app in.");
      return;
    }
    setPending(true);
    setError(null);
    try {
      const result = await signIn("two-step", { pendingLogin, code, redirect: false });
      if (!result || result.error) {
        if (result?.error === SECOND_STEP_CODES.expired) onExpired();
        else setError(loginErrorMessage(result?.error ?? ""));
        if (input.current) input.current.value = "";
        input.current?.focus();
        return;
      }
      window.location.assign(recovery ? afterRecoveryCode : next);
    } catch {
      setError(OFFLINE);
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onCode} noValidate className="mt-6 space-y-4" aria-describedby={error ? "login-error" : undefined}>
      <h2 className="text-lg font-semibold">Tweestapsverificatie</h2>
      {recovery ? (
        <div>
          <label htmlFor="code" className="block text-sm font-medium">Herstelcode</label>
          <p id="code-hint" className="mt-1 text-sm text-slate-600">Een van de codes die je bewaard hebt, zoals ABCD-EFGH-JKMN. Elke code werkt één keer.</p>
          <input key="recovery" ref={input} id="code" name="code" type="text" autoComplete="off" autoCapitalize="characters" spellCheck={false}
            aria-describedby="code-hint" required className={inputClass} />
        </div>
      ) : (
        <div>
          <label htmlFor="code" className="block text-sm font-medium">Code uit je app</label>
          <p id="code-hint" className="mt-1 text-sm text-slate-600">Open je authenticator-app en vul de 6 cijfers in die bij Aanwezig staan.</p>
          <input key="totp" ref={input} id="code" name="code" type="text" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9 ]*" maxLength={7}
            aria-describedby="code-hint" required className={`${inputClass} tracking-widest`} />
        </div>
      )}
      <ErrorMessage error={error} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Bezig met controleren…" : "Bevestigen"}
      </button>
      <button type="button" onClick={() => { setRecovery(!recovery); setError(null); }}
        className="text-sm text-blue-800 underline hover:no-underline focus:outline-none focus:ring-2 focus:ring-blue-700">
        {recovery ? "Toch de code uit je app gebruiken" : "Geen toegang tot je app? Gebruik een herstelcode"}
      </button>
    </form>
  );
}

function ErrorMessage({ error }: { error: string | null }) {
  return error ? <p id="login-error" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p> : null;
}
