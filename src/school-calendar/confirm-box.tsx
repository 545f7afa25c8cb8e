"use client";

import type { FormState } from "@/auth/form-state";
import { buttonClass } from "@/ui/form-feedback";

/**
 * The question a calendar change asks before it touches lessons (decision 150): what it affects, and a button
 * that sends the same form again with the token of exactly this impact. Changing a field asks again.
 */
export function ConfirmBox({ state, pending, label }: { state: FormState; pending: boolean; label: string }) {
  const token = state.errors.confirmed?.[0];
  if (!token) return null;
  return (
    <div role="alert" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      <p>{state.message}</p>
      <input type="hidden" name="confirmed" value={token} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : label}</button>
    </div>
  );
}

/** A form answer that is not the confirmation question: shown with FormMessage. */
export const asksConfirmation = (state: FormState): boolean => Boolean(state.errors.confirmed?.length);
