"use client";

import { Field, fieldProps } from "@/case-file/form-field";
import { useFormAction } from "@/case-file/use-form-action";
import { buttonClass, FormMessage } from "@/ui/form-feedback";
import { Done } from "./decision-done";
import { recordOfficerDecisionAction } from "./actions";

/** The leerplichtambtenaar's decision on a forwarded request, as the school received it. */
export function OfficerDecisionForm({ leaveRequestId, today }: { leaveRequestId: string; today: string }) {
  const { state, pending, onSubmit } = useFormAction(recordOfficerDecisionAction);
  const f = (name: string) => fieldProps("lpa", name, state);
  if (state.ok) return <Done message={state.message ?? ""} leaveRequestId={leaveRequestId} />;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="leaveRequestId" value={leaveRequestId} />
      <Field form="lpa" name="outcome" label="Besluit van de leerplichtambtenaar" state={state}>
        <select defaultValue="" {...f("outcome")}>
          <option value="" disabled>Kies…</option>
          <option value="APPROVED">Toegekend</option>
          <option value="REJECTED">Afgewezen</option>
        </select>
      </Field>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <Field form="lpa" name="decidedOn" label="Datum van het besluit" state={state}>
          <input type="date" max={today} defaultValue={today} {...f("decidedOn")} />
        </Field>
        <Field form="lpa" name="officerName" label="Naam leerplichtambtenaar" state={state}>
          <input type="text" maxLength={120} autoComplete="off" {...f("officerName")} />
        </Field>
      </div>
      <Field form="lpa" name="note" label="Wat besliste de leerplichtambtenaar en waarom" state={state}>
        <textarea rows={3} maxLength={2000} {...f("note")} />
      </Field>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Besluit vastleggen"}</button>
    </form>
  );
}
