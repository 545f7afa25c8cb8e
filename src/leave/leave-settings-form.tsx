"use client";

import { Field, fieldProps } from "@/case-file/form-field";
import { useFormAction } from "@/case-file/use-form-action";
import { buttonClass, FormMessage } from "@/ui/form-feedback";
import { updateLeaveSettingsAction } from "./actions";

/** Beheer: the term for holiday leave and who decides leave. */
export function LeaveSettingsForm({ leaveNoticeWeeks, coordinatorDecidesLeave }: { leaveNoticeWeeks: number; coordinatorDecidesLeave: boolean }) {
  const { state, pending, onSubmit } = useFormAction(updateLeaveSettingsAction);
  const f = (name: string) => fieldProps("verlofinstellingen", name, state);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <Field form="verlofinstellingen" name="leaveNoticeWeeks" label="Vakantieverlof aanvragen minstens (weken van tevoren)" state={state} hint="Gebruikelijk is 8 weken.">
        <input type="number" min={0} max={26} defaultValue={leaveNoticeWeeks} inputMode="numeric" {...f("leaveNoticeWeeks")} className={`${f("leaveNoticeWeeks").className} max-w-32`} />
      </Field>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="coordinatorDecidesLeave" defaultChecked={coordinatorDecidesLeave} className="mt-1 h-4 w-4" />
        <span>De verzuimcoördinator mag ook over verlof beslissen (tot en met 10 schooldagen). Anders beslist alleen de schoolleider.</span>
      </label>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Verlofinstellingen opslaan"}</button>
    </form>
  );
}
