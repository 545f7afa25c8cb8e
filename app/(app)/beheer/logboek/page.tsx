import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { parseAuditFilter, type TAuditFilter } from "@/audit/audit-filter";
import { listAuditEntries } from "@/audit/server/list-audit-entries";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { buttonClass, inputClass } from "@/ui/form-feedback";

export const metadata: Metadata = { title: "Logboek · Aanwezig" };

/**
 * The school's audit log for the administrator (and through them the privacy
 * officer): who read or changed which pupil's data, and when. Newest first,
 * fifty at a time.
 */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("audit-log:view");
  const { filter, errors } = parseAuditFilter(await searchParams);
  const { timeZone } = await getSchoolClock({ schoolId: actor.schoolId });
  const { rows, next } = await listAuditEntries({ schoolId: actor.schoolId, timeZone, filter });
  const time = new Intl.DateTimeFormat("nl-NL", { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone });

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm"><Link href="/beheer" className="text-blue-800 underline">← Beheer</Link></p>
        <h1 className="text-2xl font-semibold">Logboek</h1>
        <p className="text-slate-700">Wie welke gegevens van een leerling heeft ingezien of gewijzigd, en wanneer. Het nieuwste staat bovenaan.</p>
      </div>
      <form role="search" action="/beheer/logboek" className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end">
        <div>
          <label htmlFor="leerling" className="block text-sm font-medium">Leerling (naam of leerlingnummer)</label>
          <input id="leerling" name="leerling" type="search" defaultValue={filter.pupil} className={inputClass} autoComplete="off" />
        </div>
        <div>
          <label htmlFor="soort" className="block text-sm font-medium">Soort</label>
          <select id="soort" name="soort" defaultValue={filter.kind === "read" ? "inzien" : filter.kind === "change" ? "wijzigen" : "alles"} className={inputClass}>
            <option value="alles">Alles</option>
            <option value="inzien">Inzien</option>
            <option value="wijzigen">Wijzigen</option>
          </select>
        </div>
        <div>
          <label htmlFor="van" className="block text-sm font-medium">Van</label>
          <input id="van" name="van" type="date" defaultValue={filter.from ?? ""} className={inputClass} />
        </div>
        <div>
          <label htmlFor="tot" className="block text-sm font-medium">Tot en met</label>
          <input id="tot" name="tot" type="date" defaultValue={filter.until ?? ""} className={inputClass} />
        </div>
        <button type="submit" className={buttonClass}>Zoeken</button>
      </form>
      {errors.length > 0 ? (
        <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
          <p className="font-medium">Niet alles in de zoekopdracht klopt; dit deel is niet gebruikt:</p>
          <ul className="mt-1 list-disc pl-5">{errors.map((e) => <li key={e}>{e}</li>)}</ul>
        </div>
      ) : null}
      <section aria-labelledby="regels" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="regels" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">{describe(filter)}</h2>
        {rows.length === 0 ? (
          <p className="px-4 py-3 text-slate-700">Niets gevonden.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {rows.map((row) => (
              <li key={row.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-2">
                <span className="min-w-0">
                  <span className="font-medium">{row.label}</span>
                  {row.pupil ? <span className="text-slate-700"> · {row.pupil.name} ({row.pupil.studentNumber})</span> : null}
                  <span className="block text-sm text-slate-700">door {row.actorName}{row.reason ? ` · ${row.reason}` : ""}</span>
                </span>
                <time dateTime={row.at.toISOString()} className="whitespace-nowrap text-sm tabular-nums text-slate-700">{time.format(row.at)}</time>
              </li>
            ))}
          </ul>
        )}
        {next ? (
          <p className="border-t border-slate-200 px-4 py-3">
            <Link href={`/beheer/logboek?${nextQuery(filter, next)}`} className="text-blue-800 underline">Oudere regels</Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}

function describe(filter: TAuditFilter): string {
  const kind = filter.kind === "read" ? "Inzien" : filter.kind === "change" ? "Wijzigingen" : "Alle regels";
  return filter.pupil ? `${kind} bij ‘${filter.pupil}’` : kind;
}

function nextQuery(filter: TAuditFilter, cursor: string): string {
  const params = new URLSearchParams();
  if (filter.pupil) params.set("leerling", filter.pupil);
  if (filter.kind !== "all") params.set("soort", filter.kind === "read" ? "inzien" : "wijzigen");
  if (filter.from) params.set("van", filter.from);
  if (filter.until) params.set("tot", filter.until);
  params.set("voor", cursor);
  return params.toString();
}
