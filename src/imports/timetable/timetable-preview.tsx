import { dutchDate } from "@/calendar/school-time";
import type { TimetablePreview } from "./plan-timetable-import";

const SHOWN_PROBLEMS = 200;

/** What the import will do, before anything is written (decision 141). */
export function TimetablePreviewView({ preview }: { preview: TimetablePreview }) {
  const l = preview.lessons;
  return (
    <div className="space-y-4">
      {preview.range ? (
        <p>
          Het rooster geldt vanaf <span className="font-medium">{dutchDate(preview.range.start)}</span> t/m {dutchDate(preview.range.end)}.
          Lessen daarvoor en alle registraties blijven zoals ze zijn.
        </p>
      ) : (
        <p>Dit bestand heeft geen lessen op of na {dutchDate(preview.from)}: er valt niets in te lezen.</p>
      )}
      {preview.nothingChanges && preview.range ? <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-green-900">Dit rooster is al zo ingelezen: er verandert niets.</p> : null}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Count label="Lessen toegevoegd" value={l.added} />
        <Count label="Lessen gewijzigd" value={l.changed} />
        <Count label="Lessen verwijderd" value={l.removed} />
        <Count label="Vervallen, bewaard" value={l.keptCancelled} hint="Lessen met registraties: ze blijven, als vervallen." />
      </dl>
      <ul className="list-disc space-y-1 pl-5 text-slate-800">
        <li>{l.unchanged} lessen blijven gelijk; {preview.beforeFrom} afspraken liggen voor de ingangsdatum en worden niet gebruikt.</li>
        <li>Weekrooster: {preview.entries.added} nieuwe, {preview.entries.changed} gewijzigde en {preview.entries.ended} beëindigde roosterregels.</li>
        <li>Clustergroepen: {preview.memberships.added} leerlingen erbij, {preview.memberships.ended} eraf.</li>
        {preview.newSubjects.length > 0 ? <li>Nieuwe vakken (met de code als naam): {preview.newSubjects.join(", ")}.</li> : null}
      </ul>
      {preview.newClusters.length > 0 ? (
        <section aria-labelledby="nieuwe-clusters">
          <h3 id="nieuwe-clusters" className="font-semibold">Nieuwe clustergroepen</h3>
          <ul className="mt-1 divide-y divide-slate-100 rounded-md border border-slate-200">
            {preview.newClusters.map((c) => (
              <li key={`${c.schoolYear}-${c.code}`} className="flex justify-between gap-2 px-3 py-1.5">
                <span className="font-medium">{c.code}</span>
                <span className="text-slate-700">{c.members} leerlingen · {c.schoolYear}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {preview.weeks.length > 1 ? (
        <details>
          <summary className="cursor-pointer text-blue-800 underline">Per week</summary>
          <table className="mt-2 w-full text-sm">
            <thead><tr className="text-left"><th className="py-1">Week van</th><th>Erbij</th><th>Gewijzigd</th><th>Eraf</th></tr></thead>
            <tbody>
              {preview.weeks.map((w) => (
                <tr key={w.monday} className="border-t border-slate-100"><td className="py-1">{dutchDate(w.monday)}</td><td>{w.added}</td><td>{w.changed}</td><td>{w.removed}</td></tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      <section aria-labelledby="geweigerd">
        <h3 id="geweigerd" className="font-semibold">Niet overgenomen ({preview.problems.length})</h3>
        {preview.problems.length === 0 ? (
          <p className="text-slate-700">Alle afspraken kunnen worden overgenomen.</p>
        ) : (
          <>
            <ul className="mt-1 divide-y divide-slate-100 rounded-md border border-amber-300 bg-amber-50">
              {preview.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
                <li key={`${p.line}-${i}`} className="px-3 py-1.5"><span className="font-medium">Afspraak {p.line}:</span> {p.message}</li>
              ))}
            </ul>
            {preview.problems.length > SHOWN_PROBLEMS ? <p className="mt-1 text-sm text-slate-700">En nog {preview.problems.length - SHOWN_PROBLEMS} andere.</p> : null}
          </>
        )}
      </section>
    </div>
  );
}

function Count({ label, value, hint }: { label: string; value: number; hint?: string }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white p-3" title={hint}>
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-2xl font-semibold">{value}</dd>
    </div>
  );
}
