"use client";

import { useEffect, useRef, type RefObject } from "react";
import type { FormState } from "@/auth/form-state";

/** After a refused submit, focus moves to the first field marked invalid: keyboard and screen-reader users land where they are needed. */
export function useFocusFirstInvalid(state: FormState): RefObject<HTMLFormElement | null> {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state.ok && Object.keys(state.errors).length > 0) form.current?.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
  }, [state]);
  return form;
}
