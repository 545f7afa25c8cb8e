"use client";

import type { LetterKind } from "@/db/generated/prisma/enums";
import { useState } from "react";
import { buttonClass, FormMessage } from "@/ui/form-feedback";
import { Field, fieldProps } from "@/case-file/form-field";
import { useFormAction } from "@/case-file/use-form-action";
import { createLetterAction } from "./actions";
import { LETTER_KIND_HINTS, LETTER_KIND_LABELS, LETTER_KINDS } from "./letter-kind-labels";

type Choice = { id: string; label: string };

/** "Brief maken": the kind of letter and, optionally, the signal or DUO report it is about. */
export function CreateLetterForm({ pupilId, signals, duoReports }: { pupilId: string; signals: Choice[]; duoReports: Choice[] }) {
  const { state, pending, formKey, onSubmit } = useFormAction(createLetterAction);
  const [kind, setKind] = useState<LetterKind>("ABSENCE_LETTER");
  const f = (name: string) => fieldProps("brief", name, state);
  return (
    <form key={formKey} onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="pupilId" value={pupilId} />
      <Field form="brief" name="kind" label="Soort brief" state={state} hint={LETTER_KIND_HINTS[kind]}>
        <select value={kind} onChange={(e) => setKind(e.target.value as LetterKind)} {...f("kind")}>
          {LETTER_KINDS.map((k) => <option key={k} value={k}>{LETTER_KIND_LABELS[k]}</option>)}
        </select>
      </Field>
      <Field form="brief" name="signalId" label="Over signaal (niet verplicht)" state={state} hint="Uren en periode komen dan uit het signaal; anders uit het schooljaar tot vandaag.">
        <select defaultValue="" {...f("signalId")}>
          <option value="">Geen signaal</option>
          {signals.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
        </select>
      </Field>
      {kind === "DUO_NOTIFICATION" ? (
        <Field form="brief" name="duoReportId" label="Over DUO-melding" state={state}>
          <select defaultValue={duoReports[0]?.id ?? ""} {...f("duoReportId")}>
            <option value="">Geen melding</option>
            {duoReports.map((r) => <option key={r.id} value={r.id}>{r.label}</option>)}
          </select>
        </Field>
      ) : null}
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Brief maken…" : "Brief maken"}</button>
    </form>
  );
}
