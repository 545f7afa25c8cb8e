"use client";

import { type FormEvent, startTransition, useActionState } from "react";
import { type FormState, INITIAL_FORM_STATE } from "@/auth/form-state";

type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;
type Counted = FormState & { saved: number };

/**
 * `useActionState` for forms whose text is worth keeping: submitted from
 * `onSubmit`, not the `action` prop, because React resets a form with an
 * action after every submit — a refused save would wipe a conversation's
 * summary. `formKey` changes after each successful save: key the form with
 * it and it starts empty for the next entry.
 */
export function useFormAction(action: FormAction): {
  state: FormState; pending: boolean; formKey: number; onSubmit: (event: FormEvent<HTMLFormElement>) => void;
} {
  const [state, dispatch, pending] = useActionState<Counted, FormData>(async (previous, formData) => {
    const next = await action(previous, formData);
    return { ...next, saved: previous.saved + (next.ok ? 1 : 0) };
  }, { ...INITIAL_FORM_STATE, saved: 0 });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  return { state, pending, formKey: state.saved, onSubmit };
}
