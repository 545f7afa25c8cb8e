import Link from "next/link";
import { buttonClass, inputClass } from "@/ui/form-feedback";
import { scheduleChangesHref } from "./schedule-changes-href";
import { SCHEDULE_PUPIL_LIMIT } from "./server/find-pupils-for-schedule";

/** Beheer: find a pupil to give an opbouwrooster, vrijstelling or stage (a plain GET form: works without script). */
export function SchedulePupilFinder({ query, pupils, more }: {
  query: string; pupils: { id: string; name: string; studentNumber: string; changes: number }[]; more: boolean;
}) {
  return (
    <div className="space-y-3">
      <form role="search" action="/beheer#rooster-leerling" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="grow">
          <label htmlFor="leerling" className="block text-sm font-medium">Naam of leerlingnummer</label>
          <input id="leerling" name="leerling" type="search" defaultValue={query} autoComplete="off" className={inputClass} />
        </div>
        <button type="submit" className={buttonClass}>Zoeken</button>
      </form>
      <p className="text-sm text-slate-700">{query ? `Gevonden bij ‘${query}’:` : "Leerlingen met een lopende of geplande aanpassing:"}</p>
      {pupils.length === 0 ? <p className="text-slate-700">{query ? "Geen leerlingen gevonden." : "Geen."}</p> : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200">
          {pupils.map((p) => (
            <li key={p.id}>
              <Link href={scheduleChangesHref(p.id)} className="flex flex-wrap justify-between gap-2 px-3 py-2 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-blue-700">
                <span className="font-medium text-blue-800 underline">{p.name}</span>
                <span className="text-sm text-slate-700">{p.studentNumber}{p.changes > 0 ? ` · ${p.changes} ${p.changes === 1 ? "aanpassing" : "aanpassingen"}` : ""}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {more ? <p className="text-sm text-slate-700">De eerste {SCHEDULE_PUPIL_LIMIT} staan hier; zoek op naam om de rest te vinden.</p> : null}
    </div>
  );
}
