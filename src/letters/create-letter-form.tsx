"use client";

import type { LetterKind } from "@/db/generated/prisma/enums";
import { useState } from "react";
import { buttonClass, FormMessage } from "@/ui/form-feedback";
import { Field, fieldProps } from "@/case-file/form-field";
import { useFormAction } from "@/case-file/use-form-action";
import { createLetterAction } from "./actions";
import { CASE_FILE_LETTER_KINDS, LETTER_KIND_HINTS, LETTER_KIND_LABELS } from "./letter-kind-labels";
import { letterAddressees } from "./addressees";
import { ADULT_FROM } from "@/case-file/conversation-participants";

type Choice = { id: string; label: string };

/** What the address block is made of: the same function builds it for the PDF (create-letter.ts). */
export type TAddressPreview = { pupil: { firstName: string; fullName: string; age: number }; guardians: readonly string[]; postalAddress: readonly string[] | null };

/** "Brief maken": the kind of letter and, optionally, the signal or DUO report it is about. */
export function CreateLetterForm({ pupilId, signals, duoReports, address }: { pupilId: string; signals: Choice[]; duoReports: Choice[]; address: TAddressPreview }) {
  const { state, pending, formKey, onSubmit } = useFormAction(createLetterAction);
  const [kind, setKind] = useState<LetterKind>("ABSENCE_LETTER");
  const f = (name: string) => fieldProps("brief", name, state);
  return (
    <form key={formKey} onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="pupilId" value={pupilId} />
      <Field form="brief" name="kind" label="Soort brief" state={state} hint={LETTER_KIND_HINTS[kind]}>
        <select value={kind} onChange={(e) => setKind(e.target.value as LetterKind)} {...f("kind")}>
          {CASE_FILE_LETTER_KINDS.map((k) => <option key={k} value={k}>{LETTER_KIND_LABELS[k]}</option>)}
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
      <AddressBlockPreview kind={kind} address={address} />
      <FormMessage state={state} />
      <button type="submit" disabled={pending} className={buttonClass}>{pending ? "Brief maken…" : "Brief maken"}</button>
    </form>
  );
}

/** The letter's address block as it will be printed, so a missing address is seen before the letter is made. */
function AddressBlockPreview({ kind, address }: { kind: LetterKind; address: TAddressPreview }) {
  const lines = letterAddressees(kind, address.pupil, address.guardians, address.postalAddress).lines;
  const noAddress = address.pupil.age >= ADULT_FROM
    ? "Zonder adres: het adres van een meerderjarige leerling is niet bekend."
    : address.postalAddress === null ? "Zonder adres: van geen ouder/verzorger is het adres volledig bekend (straat, postcode en plaats)." : null;
  return (
    <div role="group" aria-labelledby="brief-adresblok" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm">
      <p id="brief-adresblok" className="font-medium">Adresblok van de brief</p>
      <address className="whitespace-pre-wrap not-italic text-slate-800">{lines.map((line, i) => <span key={i} className="block">{line}</span>)}</address>
      {noAddress ? <p className="mt-1 text-slate-700">{noAddress}</p> : null}
    </div>
  );
}
