import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { schoolToday } from "@/calendar/school-time";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { caseFileHref } from "@/case-file/case-file-href";
import { listPupilsInScope, PUPIL_LIST_LIMIT } from "@/case-file/server/list-pupils-in-scope";
import { schoolYearStart } from "@/signals/school-year-start";
import { buttonClass, inputClass } from "@/ui/form-feedback";
import { formatHours } from "@/ui/hours";

export const metadata: Metadata = { title: "Leerlingen · Aanwezig" };

/** Find a pupil's case file by name or student number (mentors: their own groups' pupils). */
export default async function PupilSearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[]; volgorde?: string | string[] }> }) {
  const actor = await requirePagePermission("case-file:view");
  const { q, volgorde } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 100) : "";
  const order = volgorde === "verzuim" ? "unexcused" : "name";
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const { pupils, more } = await listPupilsInScope({ actor, query, order, today, yearStart: schoolYearStart(today) });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Leerlingen</h1>
        <p className="text-slate-700">Open het dossier van een leerling: kalender, signalen, gesprekken, afspraken en brieven.</p>
      </div>
      <form role="search" className="grid grid-cols-1 gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end" action="/verzuim/leerling">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">Naam of leerlingnummer</label>
          <input id="q" name="q" type="search" defaultValue={query} className={inputClass} autoComplete="off" />
        </div>
        <div>
          <label htmlFor="volgorde" className="block text-sm font-medium">Volgorde</label>
          <select id="volgorde" name="volgorde" defaultValue={order === "unexcused" ? "verzuim" : "naam"} className={inputClass}>
            <option value="naam">Op naam</option>
            <option value="verzuim">Meeste ongeoorloofd verzuim eerst</option>
          </select>
        </div>
        <button type="submit" className={buttonClass}>Zoeken</button>
      </form>
      <section aria-labelledby="resultaten" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="resultaten" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">
          {query ? `Gevonden bij ‘${query}’` : "Leerlingen"}{order === "unexcused" ? ", meeste ongeoorloofd verzuim eerst" : ""}
        </h2>
        {pupils.length === 0 ? (
          <p className="px-4 py-3 text-slate-700">{order === "unexcused" ? "Geen leerlingen met ongeoorloofd verzuim dit schooljaar." : "Geen leerlingen gevonden."}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {pupils.map((p) => (
              <li key={p.id}>
                <Link href={caseFileHref(p.id)} className="flex flex-wrap justify-between gap-2 px-4 py-2 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-blue-700">
                  <span className="font-medium text-blue-800 underline">{p.name}</span>
                  <span className="text-sm text-slate-700">
                    {p.className ? `klas ${p.className} · ` : ""}{p.studentNumber} · <span className="whitespace-nowrap tabular-nums">{formatHours(p.unexcusedMinutes)} ongeoorloofd</span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
        {more ? <p className="border-t border-slate-200 px-4 py-2 text-sm text-slate-700">De eerste {PUPIL_LIST_LIMIT} staan hier; zoek op naam om de rest te vinden.</p> : null}
      </section>
    </div>
  );
}
