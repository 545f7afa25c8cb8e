import type { Metadata } from "next";
import { requirePagePermission } from "@/auth/guard";
import { shortDate } from "@/case-file/dutch-dates";
import { LETTER_KIND_HINTS, LETTER_KIND_LABELS } from "@/letters/letter-kind-labels";
import { PLACEHOLDERS } from "@/letters/placeholders";
import { listLetterTemplates } from "@/letters/server/list-letter-templates";
import { TemplateEditor } from "@/letters/template-editor";

export const metadata: Metadata = { title: "Briefsjablonen · Aanwezig" };

export default async function LetterTemplatesPage() {
  const actor = await requirePagePermission("letter-templates:edit");
  const templates = await listLetterTemplates({ schoolId: actor.schoolId });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Briefsjablonen</h1>
        <p className="text-slate-700">
          De tekst van de brieven van {actor.schoolName}. Een brief wordt gemaakt vanuit het dossier van een leerling; de invulplekken tussen {"{{ }}"} vullen we dan in.
        </p>
      </div>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[1fr_18rem]">
        <aside aria-labelledby="invulplekken" className="hidden h-fit rounded-lg border border-slate-200 bg-white p-4 lg:sticky lg:top-4 lg:order-last lg:block">
          <h2 id="invulplekken" className="font-semibold">Invulplekken</h2>
          <PlaceholderList />
        </aside>
        {/* On a phone the list would push the editors down: folded away there instead. */}
        <details className="rounded-lg border border-slate-200 bg-white lg:hidden">
          <summary className="cursor-pointer px-4 py-3 font-semibold">Invulplekken</summary>
          <div className="border-t border-slate-200 px-4 py-3"><PlaceholderList /></div>
        </details>
        <div className="space-y-6">
          {templates.map((template) => (
            <section key={template.kind} aria-labelledby={`sjabloon-${template.kind}`} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 id={`sjabloon-${template.kind}`} className="text-lg font-semibold">{LETTER_KIND_LABELS[template.kind]}</h2>
              <p className="mb-3 text-sm text-slate-700">
                {LETTER_KIND_HINTS[template.kind]} {template.updatedById ? `Laatst gewijzigd op ${shortDate(template.updatedAt.toISOString().slice(0, 10))}.` : "Dit is nog de standaardtekst."}
              </p>
              <TemplateEditor template={template} />
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}

function PlaceholderList() {
  return (
    <>
      <p className="mb-2 text-sm text-slate-700">Alleen deze kunnen in een sjabloon; een andere wordt bij opslaan geweigerd.</p>
      <dl className="space-y-2 text-sm">
        {Object.entries(PLACEHOLDERS).map(([name, description]) => (
          <div key={name}>
            <dt className="break-all font-mono text-blue-900">{`{{${name}}}`}</dt>
            <dd className="text-slate-700">{description}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
