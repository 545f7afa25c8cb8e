"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import type { FormState } from "@/auth/form-state";
import { buttonClass, FieldError, FormMessage, inputClass } from "@/ui/form-feedback";
import { PEOPLE_KIND_LABELS, PEOPLE_KINDS, type PeopleKind } from "./people-fields";

const EMPTY: FormState = { ok: false, message: null, errors: {} };
const MAX_BYTES = 10 * 1024 * 1024;

const HINTS: Record<PeopleKind, string> = {
  pupils: "De volledige leerlingenlijst: leerlingnummer, naam, geboortedatum, BSN of onderwijsnummer, klas, leerjaar en opleiding. Leerlingen die niet meer in de lijst staan, worden uitgeschreven op de einddatum hieronder.",
  guardians: "Eén regel per leerling en ouder/verzorger: leerlingnummer, naam, relatie, gezag, e-mail, telefoon en adres. Importeer eerst de leerlingen.",
  staff: "De volledige medewerkerslijst: docentcode, naam, e-mail, functie en eventueel de klassen waarvan iemand mentor is.",
};

/**
 * Step one of a people import: the kind, the file and the end date for leavers, sent to
 * POST /api/imports/people (decision 144: a file is larger than a server action takes). The browser
 * says at once when a file is over 10 MB; the server checks it again. What was chosen stays when the
 * server refuses the file.
 */
export function PeopleUploadForm({ today }: { today: string }) {
  const router = useRouter();
  const [state, setState] = useState<FormState>(EMPTY);
  const [pending, setPending] = useState(false);
  const [kind, setKind] = useState<PeopleKind>("pupils");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    if (!(file instanceof File) || file.name === "") return setState({ ok: false, message: "Kies eerst een bestand.", errors: { file: ["Kies een CSV-bestand."] } });
    if (file.size > MAX_BYTES) {
      return setState({ ok: false, message: `Het bestand is te groot (${(file.size / 1024 / 1024).toFixed(1).replace(".", ",")} MB). Een importbestand mag hoogstens 10 MB zijn.`, errors: { file: ["Hoogstens 10 MB."] } });
    }
    setPending(true);
    try {
      const response = await fetch("/api/imports/people", { method: "POST", body: form });
      const body = (await response.json().catch(() => null)) as { id?: string; error?: { message: string; fields: Record<string, string[]> } } | null;
      if (response.ok && body?.id) {
        setState({ ok: true, message: "Het bestand is gelezen. Het voorbeeld wordt geopend…", errors: {} });
        router.push(`/beheer/import/mensen/${body.id}`);
      } else {
        setState({ ok: false, message: body?.error?.message ?? (response.status === 413 ? "Het bestand is te groot (hoogstens 10 MB)." : "Het bestand kon niet worden gelezen. Probeer het opnieuw."), errors: body?.error?.fields ?? {} });
      }
    } catch {
      setState({ ok: false, message: "Er is geen verbinding. Controleer je internet en probeer het opnieuw.", errors: {} });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate encType="multipart/form-data">
      <fieldset>
        <legend className="block text-sm font-medium">Wat importeer je?</legend>
        <div className="mt-1 grid grid-cols-1 gap-2 sm:grid-cols-3">
          {PEOPLE_KINDS.map((k) => (
            <label key={k} className="flex items-center gap-2 rounded-md border border-slate-300 p-2 has-[:checked]:border-blue-700 has-[:checked]:bg-blue-50">
              <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="h-4 w-4 focus:ring-2 focus:ring-blue-700" />
              <span>{PEOPLE_KIND_LABELS[k]}</span>
            </label>
          ))}
        </div>
        <p className="mt-2 rounded-md bg-slate-50 p-2 text-sm text-slate-800">{HINTS[kind]}</p>
      </fieldset>
      <div>
        <label htmlFor="import-file" className="block text-sm font-medium">Exportbestand (CSV, hoogstens 10 MB)</label>
        <input id="import-file" type="file" name="file" accept=".csv,.txt,text/csv,text/plain" aria-invalid={Boolean(state.errors.file)} aria-describedby="import-file-error"
          className="mt-1 block w-full text-base file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-2 file:text-sm file:font-medium" />
        <FieldError id="import-file-error" errors={state.errors.file} />
      </div>
      {kind !== "guardians" && (
        <label className="flex items-start gap-2">
          <input type="checkbox" name="complete" defaultChecked className="mt-1 h-5 w-5" aria-describedby="import-complete-hint" />
          <span>
            Dit is de volledige lijst
            <span id="import-complete-hint" className="block text-sm text-slate-700">
              {kind === "pupils" ? "Leerlingen die er niet in staan, worden uitgeschreven. Vink uit voor een lijst met alleen nieuwe of gewijzigde leerlingen." : "Medewerkers die er niet in staan, worden inactief. Vink uit voor een lijst met alleen nieuwe of gewijzigde medewerkers."}
            </span>
          </span>
        </label>
      )}
      {kind === "pupils" && (
        <div className="sm:max-w-xs">
          <label htmlFor="import-endDate" className="block text-sm font-medium">Uitschrijven per (leerlingen die niet meer in de lijst staan)</label>
          <input id="import-endDate" type="date" name="endDate" defaultValue={today} aria-invalid={Boolean(state.errors.endDate)} aria-describedby="import-endDate-error" className={inputClass} />
          <FieldError id="import-endDate-error" errors={state.errors.endDate} />
        </div>
      )}
      <FormMessage state={state} />
      <button type="submit" className={buttonClass} disabled={pending}>{pending ? "Bezig met lezen…" : "Voorbeeld bekijken"}</button>
    </form>
  );
}
