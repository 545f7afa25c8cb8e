"use client";

import { useActionState, useState } from "react";
import { INITIAL_FORM_STATE } from "@/auth/form-state";
import type { DuoStatus } from "@/db/generated/prisma/enums";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { useFocusFirstInvalid } from "./use-focus-first-invalid";
import { recordDuoStatusAction } from "./actions";
import { CLOSING_REASONS, DUO_STATUS_LABELS } from "./duo-labels";

/** The status DUO shows now; only the steps DUO's lifecycle allows from the current one are offered. */
export function DuoStatusForm({ reportId, next }: { reportId: string; next: readonly DuoStatus[] }) {
  const [state, action, pending] = useActionState(recordDuoStatusAction, INITIAL_FORM_STATE);
  const form = useFocusFirstInvalid(state);
  const [chosen, setStatus] = useState<string>("");
  // After a step the offered statuses change; a choice that is no longer offered reads as none.
  const status = (next as readonly string[]).includes(chosen) ? chosen : "";
  const [reason, setReason] = useState<string>("");
  const [note, setNote] = useState("");
  const error = (name: string) => (state.errors[name] ? `duo-${name}-error` : undefined);
  return (
    <form ref={form} action={action} className="space-y-3" noValidate>
      <input type="hidden" name="reportId" value={reportId} />
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor="duo-duoStatus" className="block text-sm font-medium">Nieuwe DUO-status</label>
          <select id="duo-duoStatus" name="duoStatus" value={status} onChange={(e) => setStatus(e.target.value)} className={inputClass}
            aria-invalid={Boolean(state.errors.duoStatus)} aria-describedby={error("duoStatus")}>
            <option value="">Kies een status</option>
            {next.map((s) => <option key={s} value={s}>{DUO_STATUS_LABELS[s]}</option>)}
          </select>
          <FieldError id="duo-duoStatus-error" errors={state.errors.duoStatus} />
        </div>
        {status === "CLOSED" ? (
          <div>
            <label htmlFor="duo-closingReason" className="block text-sm font-medium">Reden melding afgesloten</label>
            <select id="duo-closingReason" name="closingReason" value={reason} onChange={(e) => setReason(e.target.value)} className={inputClass}
              aria-invalid={Boolean(state.errors.closingReason)} aria-describedby={error("closingReason")}>
              <option value="">Kies de reden die DUO toont</option>
              {Object.entries(CLOSING_REASONS).map(([code, label]) => <option key={code} value={code}>{label}</option>)}
            </select>
            <FieldError id="duo-closingReason-error" errors={state.errors.closingReason} />
          </div>
        ) : null}
      </div>
      <div>
        <label htmlFor="duo-note" className="block text-sm font-medium">Notitie <span className="font-normal text-slate-600">(niet verplicht)</span></label>
        <input id="duo-note" name="note" type="text" value={note} onChange={(e) => setNote(e.target.value)} className={inputClass}
          aria-invalid={Boolean(state.errors.note)} aria-describedby={error("note")} />
        <FieldError id="duo-note-error" errors={state.errors.note} />
      </div>
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Bezig…" : "Status vastleggen"}</button>
    </form>
  );
}
