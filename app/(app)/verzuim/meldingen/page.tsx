import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { schoolToday } from "@/calendar/school-time";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { CreateDuoDraftButton } from "@/duo-reports/create-duo-draft-button";
import { DuoBadges } from "@/duo-reports/duo-badges";
import { DUO_ABSENCE_KINDS, dutchShortDate } from "@/duo-reports/duo-labels";
import { REPORT_FILTERS, ZReportFilterSchema, type TReportFilter } from "@/duo-reports/schemas";
import { listDuoReports } from "@/duo-reports/server/list-duo-reports";
import { listReportableSignals } from "@/duo-reports/server/list-reportable-signals";
import { periodText } from "@/calendar/period-text";

export const metadata: Metadata = { title: "DUO-meldingen · Aanwezig" };

const period = (begin: string, end: string | null) => `${periodText(begin, end, { formatDate: dutchShortDate, through: "t/m" })}${end ? "" : ", nog geen einddatum"}`;

export default async function DuoReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("duo-reports:manage");
  const filter = ZReportFilterSchema.parse((await searchParams).toon);
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const [reports, toReport] = await Promise.all([listDuoReports({ actor, filter }), listReportableSignals({ actor })]);
  const overdue = toReport.filter((s) => s.dueBy !== null && s.dueBy < today).length;

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">DUO-meldingen</h1>
        <p className="text-slate-700">
          Verzuimmeldingen voor het verzuimloket van DUO: opstellen, aanvullen, melden en volgen.{" "}
          {toReport.length > 0 ? (
            <a href="#te-melden" className="text-blue-800 underline">
              {toReport.length} {toReport.length === 1 ? "signaal wacht" : "signalen wachten"} op een melding{overdue > 0 ? `, ${overdue} over de termijn` : ""}.
            </a>
          ) : null}
        </p>
      </div>

      <section aria-labelledby="meldingen" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="meldingen" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Meldingen</h2>
        <nav aria-label="Meldingen filteren" className="border-b border-slate-100 px-4 py-2">
          <ul className="flex flex-wrap gap-1">
            {(Object.entries(REPORT_FILTERS) as [TReportFilter, string][]).map(([key, label]) => (
              <li key={key}>
                <Link href={key === "open" ? "/verzuim/meldingen" : `/verzuim/meldingen?toon=${key}`} aria-current={key === filter ? "page" : undefined}
                  className={`block rounded-md px-3 py-1.5 text-sm font-medium focus:outline-none focus:ring-2 focus:ring-blue-700 ${key === filter ? "bg-blue-700 text-white" : "text-slate-800 hover:bg-slate-100"}`}>
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {reports.length === 0 ? <p className="px-4 py-3 text-slate-700">Geen meldingen{filter === "alle" ? "" : " in deze selectie"}.</p> : (
          <ul className="divide-y divide-slate-100">
            {reports.map((r) => (
              <li key={r.id}>
                <Link href={`/verzuim/meldingen/${r.id}`} className="flex flex-wrap items-center justify-between gap-2 px-4 py-3 hover:bg-slate-50 focus:outline-none focus:ring-2 focus:ring-inset focus:ring-blue-700">
                  <span>
                    <span className="block font-medium text-blue-800">{r.pupilName}</span>
                    <span className="block text-sm text-slate-700">{DUO_ABSENCE_KINDS[r.absenceKind].label} · {period(r.beginDate, r.endDate)}</span>
                  </span>
                  <DuoBadges state={r.state} duoStatus={r.duoStatus} endDateUpdateNeeded={r.endDateUpdateNeeded} />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="te-melden" className="rounded-lg border border-slate-200 bg-white">
        <div className="border-b border-slate-200 px-4 py-3">
          <h2 id="te-melden" className="text-lg font-semibold">Te melden ({toReport.length})</h2>
          <p className="text-sm text-slate-700">Meldplichtig verzuim zonder melding, op volgorde van termijn. Meld een reeks van voor naar achter: een herhaalmelding sluit aan op de vorige.</p>
        </div>
        {toReport.length === 0 ? <p className="px-4 py-3 text-slate-700">Geen meldplichtige signalen zonder melding.</p> : (
          <ul className="divide-y divide-slate-100">
            {toReport.map((s) => {
              const late = s.dueBy !== null && s.dueBy < today;
              return (
                <li key={s.signalId} className="flex items-start justify-between gap-3 px-4 py-2.5">
                  <div className="min-w-0">
                    <p className="font-medium">{s.pupilName}</p>
                    <p id={`signaal-${s.signalId}`} className="text-sm text-slate-700">
                      {DUO_ABSENCE_KINDS[s.absenceKind].label} · <span className="whitespace-nowrap">{period(s.startDate, s.endDate)}</span>
                      {s.dueBy ? <> · <span className={`whitespace-nowrap ${late ? "font-medium text-red-800" : ""}`}>{late ? "termijn verstreken" : "uiterlijk"} {dutchShortDate(s.dueBy)}</span></> : null}
                      {s.provisional ? " · bevat lessen met onbekende reden" : null}
                    </p>
                  </div>
                  <CreateDuoDraftButton signalId={s.signalId} label="Opstellen" describedBy={`signaal-${s.signalId}`} compact />
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
