import { DUO_STATUS_LABELS, REPORT_STATE_LABELS } from "./duo-labels";
import type { TDuoReportView } from "./duo-report-view";

const STEP_LABELS: Record<string, string> = {
  ...REPORT_STATE_LABELS,
  ...Object.fromEntries(Object.entries(DUO_STATUS_LABELS).map(([k, v]) => [k, `DUO: ${v}`])),
  END_DATE_KNOWN: "Einddatum bekend",
  END_DATE_SENT: "Einddatum doorgegeven aan DUO",
};

/** A step's title, and the note shown under it. A change within one state (fields saved, an end date filled in) is titled by its note. */
function describe(event: TDuoReportView["events"][number]): { title: string; note: string | null } {
  if (event.fromState === null) return { title: "Concept opgesteld", note: event.note };
  if (event.fromState === event.toState) return { title: event.note ?? "Gewijzigd", note: null };
  return { title: STEP_LABELS[event.toState] ?? event.toState, note: event.note };
}

/** What happened to the report, oldest first: who did what, when. */
export function ReportHistory({ view }: { view: TDuoReportView }) {
  const time = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: view.school.timeZone });
  return (
    <section aria-labelledby="geschiedenis" className="rounded-lg border border-slate-200 bg-white">
      <h2 id="geschiedenis" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Geschiedenis</h2>
      <ol className="divide-y divide-slate-100">
        {view.events.map((event) => {
          const { title, note } = describe(event);
          return (
            <li key={event.id} className="px-4 py-2">
              <span className="font-medium">{title}</span>
              <span className="text-slate-700"> · {time.format(new Date(event.at))} · {event.byName ?? "automatisch"}</span>
              {note ? <p className="text-sm text-slate-700">{note}</p> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
