import { describeReport, KIND_TITLES, type ReportView } from "./describe-report";
import type { OwnPupilReports } from "./server/list-own-reports";
import { RecoveredForm } from "./recovered-form";
import type { TimeOption } from "./time-options";

/** One pupil's open and past reports, with "Beter melden" on an open sick report. */
export function OwnReportsView({ reports, betterOptions, headingLevel = 3 }: { reports: OwnPupilReports; betterOptions: TimeOption[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const who = reports.pupil.self ? "Ik ben" : `${reports.pupil.firstName} is`;
  return (
    <div className="space-y-3">
      <div>
        <Heading className="font-medium">Open meldingen</Heading>
        {reports.open.length === 0 ? <p className="text-slate-700">Geen open meldingen.</p> : (
          <ul className="mt-1 space-y-3">
            {reports.open.map((r) => (
              <li key={r.id} className="rounded-md border border-amber-300 bg-amber-50 p-3">
                <p><ReportLine report={r} /></p>
                {r.kind === "SICK" ? <RecoveredForm reportId={r.id} options={betterOptions} who={who} /> : null}
              </li>
            ))}
          </ul>
        )}
      </div>
      {reports.past.length > 0 ? (
        <div>
          <Heading className="font-medium">Eerdere meldingen</Heading>
          <ul className="mt-1 divide-y divide-slate-100">
            {reports.past.map((r) => <li key={r.id} className="py-1"><ReportLine report={r} /></li>)}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** "Ziekmelding: ziek vanaf …"; an appointment's line says "Afspraak (tandarts) op …" itself. */
function ReportLine({ report }: { report: ReportView }) {
  const text = describeReport(report);
  if (report.kind === "MEDICAL") return <>{text.charAt(0).toUpperCase()}{text.slice(1)}</>;
  return <><span className="font-medium">{KIND_TITLES[report.kind]}</span>: {text}</>;
}
