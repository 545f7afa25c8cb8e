"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { loginErrorMessage } from "./login-messages";

/** `next`: where to go once logged in — the log-in page again, which sends the person on (app/inloggen/page.tsx). */
export function LoginForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
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
        setError(loginErrorMessage(result?.error ?? ""));
        return;
      }
      window.location.assign(next);
    } catch {
      setError("Inloggen lukt nu niet. Controleer je verbinding en probeer het opnieuw.");
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4" aria-describedby={error ? "login-error" : undefined}>
      <div>
        <label htmlFor="email" className="block text-sm font-medium">E-mailadres</label>
        <input id="email" name="email" type="email" autoComplete="username" required
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base focus:outline-none focus:ring-2 focus:ring-blue-700" />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">Wachtwoord</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          className="mt-1 block w-full rounded-md border border-slate-400 px-3 py-2 text-base focus:outline-none focus:ring-2 focus:ring-blue-700" />
      </div>
      {error ? (
        <p id="login-error" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>
      ) : null}
      <button type="submit" disabled={pending}
        className="w-full rounded-md bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 focus:outline-none focus:ring-2 focus:ring-blue-700 focus:ring-offset-2 disabled:opacity-60">
        {pending ? "Bezig met inloggen…" : "Inloggen"}
      </button>
    </form>
  );
}
