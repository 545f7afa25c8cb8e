import { Stat } from "@/ui/stat";
import type { PeoplePreview, PreviewItem } from "./people-preview";

/** How many people a list shows before "en nog …": a school's whole first import would be a page of thousands. */
const SHOWN = 200;

const ENDED_TITLE = { pupils: "Uitgeschreven (niet meer in de lijst)", guardians: "Niet meer ouder/verzorger van", staff: "Niet meer in de lijst (worden inactief)" } as const;

function ItemList({ id, title, items, empty }: { id: string; title: string; items: PreviewItem[]; empty: string }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white">
      <h2 id={id} className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">{title} ({items.length})</h2>
      {items.length === 0 ? <p className="px-4 py-3 text-slate-700">{empty}</p> : (
        <ul className="divide-y divide-slate-100">
          {items.slice(0, SHOWN).map((item) => (
            <li key={item.key} className="px-4 py-2">
              <span className="font-medium">{item.name}</span>
              {!item.key.includes("|") && !item.key.includes(":") && item.key.length <= 20 && <span className="text-sm text-slate-600"> · {item.key}</span>}
              {item.detail && <span className="text-slate-700"> · {item.detail}</span>}
              {item.changes && (
                <ul className="mt-1 space-y-0.5 text-sm text-slate-800">
                  {item.changes.map((c) => <li key={c.label}>{c.label}: <span className="text-slate-600">{c.from}</span> → <span className="font-medium">{c.to}</span></li>)}
                </ul>
              )}
            </li>
          ))}
          {items.length > SHOWN && <li className="px-4 py-2 text-slate-700">en nog {items.length - SHOWN}.</li>}
        </ul>
      )}
    </section>
  );
}

/** The preview of a people import: what will be added, changed and ended, and each row it cannot take. */
export function PeoplePreviewView({ preview }: { preview: PeoplePreview }) {
  if (preview.problem) return <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800">{preview.problem}</p>;
  const nothing = preview.added.length + preview.changed.length + preview.ended.length === 0;
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        <Stat label="Nieuw" value={preview.added.length} />
        <Stat label="Gewijzigd" value={preview.changed.length} />
        <Stat label="Beëindigd" value={preview.ended.length} />
        <Stat label="Ongewijzigd" value={preview.unchanged} />
        <Stat label="Niet over te nemen" value={preview.refused.length} />
      </dl>
      {nothing && <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-green-900">Er verandert niets: alles in dit bestand staat al zo in Aanwezig.</p>}
      {preview.notes.map((note) => <p key={note} className="rounded-md bg-slate-50 px-3 py-2 text-slate-800">{note}</p>)}
      {preview.refused.length > 0 && (
        <section aria-labelledby="geweigerd" className="rounded-lg border border-amber-300 bg-white">
          <h2 id="geweigerd" className="border-b border-amber-300 bg-amber-50 px-4 py-3 text-lg font-semibold">Regels die niet worden overgenomen ({preview.refused.length})</h2>
          <p className="px-4 pt-3 text-sm text-slate-700">Verbeter deze regels in het administratiepakket en importeer opnieuw; de andere regels kun je nu al bevestigen.</p>
          <table className="w-full text-left">
            <thead><tr className="text-sm text-slate-700"><th scope="col" className="px-4 py-2">Regel</th><th scope="col" className="px-4 py-2">Reden</th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {preview.refused.slice(0, 500).map((r) => <tr key={`${r.line}-${r.reason}`}><td className="px-4 py-2 tabular-nums">{r.line}</td><td className="px-4 py-2">{r.reason}</td></tr>)}
            </tbody>
          </table>
          {preview.refused.length > 500 && <p className="px-4 py-2 text-slate-700">en nog {preview.refused.length - 500}.</p>}
        </section>
      )}
      <ItemList id="nieuw" title="Nieuw" items={preview.added} empty="Niemand nieuw." />
      <ItemList id="gewijzigd" title="Gewijzigd" items={preview.changed} empty="Niets gewijzigd." />
      <ItemList id="beeindigd" title={ENDED_TITLE[preview.kind]} items={preview.ended} empty="Niemand." />
    </div>
  );
}
