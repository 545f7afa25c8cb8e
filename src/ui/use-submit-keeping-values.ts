"use client";

import { useEffect, useRef, useTransition, type FormEvent } from "react";
import type { FormState } from "@/auth/form-state";

/**
 * React empties a form after its `action` ran, also when the server refused the values: the person then has
 * to type everything again to fix one field. Submitting through this handler instead keeps what was typed,
 * and empties the form only after the action succeeded. The form keeps `action={...}` for a browser without
 * script.
 */
export function useSubmitKeepingValues(dispatch: (data: FormData) => void, state: FormState) {
  const ref = useRef<HTMLFormElement>(null);
  const [, startTransition] = useTransition();
  useEffect(() => {
    if (state.ok) ref.current?.reset();
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return { ref, onSubmit };
}
