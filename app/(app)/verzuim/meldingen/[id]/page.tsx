import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/auth/guard";
import type { Actor } from "@/auth/load-actor";
import { schoolToday } from "@/calendar/school-time";
import { isAppError } from "@/errors/app-error";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { confirmDuoEndDateAction, reopenDuoReportAction } from "@/duo-reports/actions";
import { DuoBadges } from "@/duo-reports/duo-badges";
import { NEXT_DUO_STATUSES } from "@/duo-reports/duo-lifecycle";
import { DUO_ABSENCE_KINDS, dutchShortDate } from "@/duo-reports/duo-labels";
import { DuoReportForm } from "@/duo-reports/duo-report-form";
import { DuoStatusForm } from "@/duo-reports/duo-status-form";
import type { TDuoReportView } from "@/duo-reports/duo-report-view";
import { ReportActionButton } from "@/duo-reports/report-action-button";
import { ReportHistory } from "@/duo-reports/report-history";
import { HumanFacts, ReportFacts, SpecificationTable } from "@/duo-reports/report-sections";
import { SubmittedForm } from "@/duo-reports/submitted-form";
import { viewDuoReport } from "@/duo-reports/server/view-duo-report";
import { periodText } from "@/calendar/period-text";

export const metadata: Metadata = { title: "Verzuimmelding · Aanwezig" };

const panel = "rounded-lg border border-slate-200 bg-white p-4 space-y-4";
const secondary = "rounded-md border border-slate-400 bg-white px-4 py-2 font-medium text-slate-900 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-blue-700 focus:ring-offset-2 disabled:opacity-60";

async function load(actor: Actor, id: string): Promise<TDuoReportView> {
  try {
    return await viewDuoReport({ actor, reportId: id });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

function Downloads({ id }: { id: string }) {
  const link = "inline-block rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium text-blue-800 hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-blue-700";
  return (
    <div>
      <h3 className="text-base font-semibold">Downloaden</h3>
      <ul className="mt-2 flex flex-wrap gap-2">
        <li><a href={`/api/duo-reports/${id}/pdf`} download className={link}>PDF voor het dossier</a></li>
        <li><a href={`/api/duo-reports/${id}/json`} download className={link}>JSON (administratiepakket)</a></li>
        <li><a href={`/api/duo-reports/${id}/csv`} download className={link}>CSV: melding</a></li>
        <li><a href={`/api/duo-reports/${id}/csv-specificatie`} download className={link}>CSV: verzuimspecificatie</a></li>
      </ul>
    </div>
  );
}

export default async function DuoReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePagePermission("duo-reports:manage");
  const { id } = await params;
  // An id that is not a uuid is simply not a report.
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) notFound();
  const view = await load(actor, id);
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const kind = DUO_ABSENCE_KINDS[view.absenceKind];
  const nextStatuses = view.duoStatus ? NEXT_DUO_STATUSES[view.duoStatus] : [];

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Link href="/verzuim/meldingen" className="text-sm text-blue-800 underline">← Alle DUO-meldingen</Link>
        <h1 className="text-2xl font-semibold">Verzuimmelding {view.pupil.name}</h1>
        <p className="text-slate-700">{kind.label} · {periodText(view.beginDate, view.endDate, { formatDate: dutchShortDate, through: "t/m" })}{view.endDate ? "" : ", nog geen einddatum"}</p>
        <DuoBadges state={view.state} duoStatus={view.duoStatus} endDateUpdateNeeded={view.endDateUpdateNeeded} />
      </div>

      {view.endDateUpdateNeeded && view.endDate ? (
        <section aria-labelledby="einddatum" className="space-y-3 rounded-lg border-2 border-orange-300 bg-orange-50 p-4">
          <h2 id="einddatum" className="text-lg font-semibold text-orange-950">Einddatum doorgeven aan DUO: {dutchShortDate(view.endDate)}</h2>
          <p className="text-orange-950">
            {view.pupil.name} is weer op school. De laatste verzuimdag was {dutchShortDate(view.endDate)}. Geef die einddatum door in het verzuimloket
            (of via het administratiepakket): zonder einddatum kan de leerplichtambtenaar de melding niet afsluiten.
          </p>
          <ReportActionButton action={confirmDuoEndDateAction} reportId={view.id} label="Einddatum is doorgegeven" className={secondary} />
        </section>
      ) : null}
      {view.signal?.withdrawnAt ? (
        <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          Het signaal achter deze melding is ingetrokken. {view.signal.withdrawnReason}
          {view.state === "SUBMITTED" ? " Trek de melding zo nodig in bij DUO en leg dat hieronder vast." : " Controleer of deze melding nog nodig is."}
        </p>
      ) : null}

      {view.state === "DRAFT" ? (
        <section aria-labelledby="aanvullen" className={panel}>
          <div>
            <h2 id="aanvullen" className="text-lg font-semibold">Aan te vullen door de school</h2>
            <p className="text-slate-700">De gegevens uit de administratie staan hieronder. Vul aan wat alleen jij weet; daarna is de melding klaar voor verzending.</p>
          </div>
          <DuoReportForm reportId={view.id} fields={view.human} />
        </section>
      ) : null}
      {view.state === "READY" ? (
        <section aria-labelledby="verzenden" className={panel}>
          <h2 id="verzenden" className="text-lg font-semibold">Klaar voor verzending</h2>
          <p className="text-slate-700">Meld de melding in het verzuimloket van DUO of via het administratiepakket (de JSON- en CSV-bestanden gebruiken de veldnamen van DUO). Leg daarna vast dat ze gemeld is.</p>
          <Downloads id={view.id} />
          <SubmittedForm reportId={view.id} today={schoolToday(timeZone, now)} />
          <div className="space-y-2 border-t border-slate-200 pt-4">
            <p className="text-sm text-slate-700">Nog iets aanpassen voordat je meldt?</p>
            <ReportActionButton action={reopenDuoReportAction} reportId={view.id} label="Terug naar concept" className={secondary} />
          </div>
        </section>
      ) : null}
      {view.state === "SUBMITTED" ? (
        <section aria-labelledby="volgen" className={panel}>
          <h2 id="volgen" className="text-lg font-semibold">Gemeld bij DUO</h2>
          <Downloads id={view.id} />
          {nextStatuses.length > 0 ? (
            <div className="space-y-2">
              <h3 className="text-base font-semibold">Status bij DUO bijwerken</h3>
              <p className="text-sm text-slate-700">Neem over wat het verzuimloket laat zien.</p>
              <DuoStatusForm reportId={view.id} next={nextStatuses} />
            </div>
          ) : <p className="text-slate-700">DUO heeft deze melding afgerond; de status verandert niet meer.</p>}
        </section>
      ) : null}

      {view.state !== "DRAFT" ? <HumanFacts view={view} /> : null}
      <ReportFacts view={view} />
      <SpecificationTable view={view} />
      <ReportHistory view={view} />
    </div>
  );
}
