"use client";

import { useActionState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import { clockTime } from "@/calendar/school-time";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { useSubmitKeepingValues } from "@/ui/use-submit-keeping-values";
import { updateReportLimitsAction } from "./actions";

export type ReportLimitsValues = { reportTodayUntilMinutes: number; reportDaysAhead: number; appointmentTravelMinutes: number; reportKinds: string[]; phone: string | null };

export function ReportLimitsForm({ current }: { current: ReportLimitsValues }) {
  const [state, action, pending] = useActionState(updateReportLimitsAction, INITIAL_FORM_STATE);
  // Refused values stay in the fields to be corrected (issue 12).
  const keepValues = useSubmitKeepingValues(action, state);
  const field = (name: string) => ({ id: `limits-${name}`, name, className: inputClass, "aria-invalid": Boolean(state.errors[name]), "aria-describedby": `limits-${name}-error` });
  return (
    <form action={action} {...keepValues} className="space-y-3" noValidate>
      <fieldset>
        <legend className="text-sm font-medium">Ouders (en leerlingen vanaf 18) mogen online melden</legend>
        <label className="mt-1 flex min-h-11 items-center gap-3"><input type="checkbox" name="reportSick" defaultChecked={current.reportKinds.includes("SICK")} className="size-5 accent-blue-700" />Ziek en beter</label>
        <label className="flex min-h-11 items-center gap-3"><input type="checkbox" name="reportMedical" defaultChecked={current.reportKinds.includes("MEDICAL")} className="size-5 accent-blue-700" />Afspraak bij huisarts, tandarts, ziekenhuis</label>
      </fieldset>
      <div>
        <label htmlFor="limits-reportTodayUntil" className="block text-sm font-medium">Een melding voor vandaag kan tot</label>
        <input type="time" defaultValue={clockTime(current.reportTodayUntilMinutes)} {...field("reportTodayUntil")} />
        <FieldError id="limits-reportTodayUntil-error" errors={state.errors.reportTodayUntil} />
      </div>
      <div>
        <label htmlFor="limits-reportDaysAhead" className="block text-sm font-medium">Zoveel dagen vooruit melden</label>
        <input type="number" inputMode="numeric" min={0} max={90} defaultValue={current.reportDaysAhead} {...field("reportDaysAhead")} />
        <FieldError id="limits-reportDaysAhead-error" errors={state.errors.reportDaysAhead} />
      </div>
      <div>
        <label htmlFor="limits-appointmentTravelMinutes" className="block text-sm font-medium">Reistijd voor en na een afspraak (minuten)</label>
        <input type="number" inputMode="numeric" min={0} max={180} defaultValue={current.appointmentTravelMinutes} {...field("appointmentTravelMinutes")} />
        <FieldError id="limits-appointmentTravelMinutes-error" errors={state.errors.appointmentTravelMinutes} />
      </div>
      <div>
        <label htmlFor="limits-phone" className="block text-sm font-medium">Telefoonnummer voor afwezigheid</label>
        <input type="tel" defaultValue={current.phone ?? ""} {...field("phone")} aria-describedby="limits-phone-hint limits-phone-error" />
        <p id="limits-phone-hint" className="mt-1 text-sm text-slate-600">Wie buiten deze regels valt, krijgt te lezen dat hij de school moet bellen, met dit nummer.</p>
        <FieldError id="limits-phone-error" errors={state.errors.phone} />
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Regels opslaan"}</button>
    </form>
  );
}
