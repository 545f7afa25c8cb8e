import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/auth/guard";
import { PEOPLE_FIELDS, PEOPLE_KIND_LABELS } from "@/imports/people/people-fields";
import { ConfirmImportForms, MappingForm } from "@/imports/people/people-import-forms";
import { PeoplePreviewView } from "@/imports/people/people-preview-view";
import { findPeopleImport } from "@/imports/people/server/find-people-import";

export const metadata: Metadata = { title: "Voorbeeld van de import · Beheer · Aanwezig" };

/** The preview of a pending people import: what changes, the refused rows, the column mapping, and confirm or cancel. */
export default async function PeopleImportPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("school:configure");
  const { id } = await params;
  const pending = await findPeopleImport({ actor, id });
  const back = <p className="text-sm"><Link href="/beheer/import/mensen" className="text-blue-800 underline">← Importeren</Link></p>;
  // Confirmed, cancelled, expired, another person's or no import at all: like any record that is not there.
  if (!pending) notFound();
  const { kind, payload } = pending;
  const fields = PEOPLE_FIELDS[kind].map((f) => ({ key: f.key, label: f.label, required: f.required, column: payload.mapping[f.key] ?? null }));
  return (
    <div className="space-y-6">
      <div>
        {back}
        <h1 className="text-2xl font-semibold">Voorbeeld: {PEOPLE_KIND_LABELS[kind].toLowerCase()} importeren</h1>
        <p className="break-words text-slate-700">
          {pending.fileName} · {payload.table.rows.length} regel(s){kind !== "guardians" && !payload.complete ? " · alleen deze mensen: niemand wordt uitgeschreven of inactief" : ""}
          {kind === "pupils" && payload.complete ? ` · uitschrijven per ${payload.endDate.split("-").reverse().join("-")}` : ""}.
          Er is nog niets opgeslagen.
        </p>
      </div>
      <ConfirmImportForms id={pending.id} kind={kind} canConfirm={payload.preview.problem === null} />
      <PeoplePreviewView preview={payload.preview} />
      <section aria-labelledby="kolommen" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="kolommen" className="mb-1 text-lg font-semibold">Kolommen</h2>
        <p className="mb-3 text-sm text-slate-700">Welke kolom van het bestand hoort bij welk gegeven. Aanwezig onthoudt dit na het bevestigen voor de volgende keer.</p>
        <MappingForm id={pending.id} kind={kind} headers={payload.table.headers} fields={fields} endDate={kind === "pupils" ? payload.endDate : null} />
      </section>
    </div>
  );
}
