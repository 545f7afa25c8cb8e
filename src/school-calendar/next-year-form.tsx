"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { buttonClass, FormMessage } from "@/ui/form-feedback";
import { createNextSchoolYearAction } from "./actions";

/** "Volgend schooljaar aanmaken": one button; what it copies is said beside it. */
export function NextYearForm({ name }: { name: string }) {
  const [state, action, pending] = useActionState(createNextSchoolYearAction, INITIAL_FORM_STATE);
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : `Volgend schooljaar aanmaken (${name})`}</button>
    </form>
  );
}
