import { STATUS_LABELS } from "@/registration/status-labels";
import { formatHours } from "@/ui/hours";
import { dueText } from "@/signals/due-text";
import { periodText } from "@/calendar/period-text";
import { shortDate } from "./dutch-dates";
import type { TCaseSignal } from "./server/list-case-signals";
import { signalKindLabel, SIGNAL_STATE_LABELS } from "@/signals/signal-labels";
import { closeReasonText } from "@/signal-queue/close-reasons";

const badge = "rounded px-1.5 py-0.5 text-xs font-medium";

/** A signal's facts: kind, period, hours, due date and days left, state; a withdrawn one with the reason. */
export function SignalDetails({ signal, today, ownerName }: { signal: TCaseSignal; today: string; ownerName: string | null }) {
  const withdrawn = Boolean(signal.withdrawnAt);
  const open = !withdrawn && (signal.state === "NEW" || signal.state === "IN_PROGRESS");
  const due = signal.dueBy && open ? dueText(signal.dueBy, today) : null;
  return (
    <div className="space-y-1">
      <p className="flex flex-wrap items-center gap-2">
        <span className={`font-medium ${withdrawn ? "text-slate-600 line-through" : ""}`}>{signalKindLabel(signal.kind, signal.level)}</span>
        {signal.mandatory ? <span className={`${badge} bg-red-100 text-red-900`}>Meldplichtig</span> : <span className={`${badge} bg-slate-100 text-slate-800`}>Waarschuwing</span>}
        {signal.repeat ? <span className={`${badge} bg-slate-100 text-slate-800`}>Herhaalmelding</span> : null}
        {signal.provisional ? <span className={`${badge} bg-orange-100 text-orange-900`} title="Telt lessen mee waarvan de reden nog onbekend is">Voorlopig</span> : null}
        {withdrawn ? <span className={`${badge} bg-slate-200 text-slate-900`}>Ingetrokken</span> : <span className={`${badge} bg-blue-50 text-blue-900`}>{SIGNAL_STATE_LABELS[signal.state]}</span>}
      </p>
      <p className="text-sm text-slate-700">
        {periodText(signal.startDate, signal.endDate)}
        {signal.hours !== null ? <> · <span className="whitespace-nowrap tabular-nums">{formatHours(signal.hours * 60)}</span></> : null}
        {signal.count !== null ? <> · {signal.count}×</> : null}
        {" · "}bereikt op {shortDate(signal.reachedOn)}
        {ownerName ? <> · eigenaar {ownerName}</> : null}
      </p>
      {signal.dueBy && !withdrawn ? (
        <p className={`text-sm ${due?.overdue ? "font-semibold text-red-800" : "text-slate-700"}`}>
          Melden uiterlijk {shortDate(signal.dueBy)}{due ? ` (${due.text})` : ""}
        </p>
      ) : null}
      {signal.state === "CLOSED" && signal.closeReason ? <p className="text-sm text-slate-700">Afgesloten: {closeReasonText(signal.closeReason, signal.closeNote)}</p> : null}
      {withdrawn ? <p className="text-sm text-slate-700">Ingetrokken{signal.withdrawnAt ? ` op ${shortDate(signal.withdrawnAt.toISOString().slice(0, 10))}` : ""}: {signal.withdrawnReason ?? "geen reden vastgelegd"}</p> : null}
    </div>
  );
}

/** The lessons behind a signal, folded away: the hours the signal counts, lesson by lesson. */
export function SignalEvidence({ signal }: { signal: TCaseSignal }) {
  const evidence = signal.evidence;
  if (!evidence || evidence.lessonCount === 0) return null;
  return (
    <details className="mt-1 text-sm">
      <summary className="cursor-pointer text-blue-800 underline">
        {evidence.lessonCount} {evidence.lessonCount === 1 ? "les" : "lessen"}, {formatHours(evidence.hours * 60)}
      </summary>
      <div className="mt-1 max-h-64 overflow-y-auto">
        <table className="w-full text-left">
          <caption className="sr-only">Lessen achter het signaal {signalKindLabel(signal.kind, signal.level)}</caption>
          <thead className="text-slate-700"><tr><th scope="col" className="pr-2 font-medium">Datum</th><th scope="col" className="pr-2 font-medium">Uur</th><th scope="col" className="pr-2 font-medium">Registratie</th><th scope="col" className="text-right font-medium">Uren</th></tr></thead>
          <tbody>
            {evidence.lessons.map((l, i) => (
              <tr key={`${l.date}-${l.period}-${i}`} className="border-t border-slate-100">
                <td className="pr-2 tabular-nums">{shortDate(l.date)}</td>
                <td className="pr-2 tabular-nums">{l.period}e ({l.start}–{l.end})</td>
                <td className="pr-2">{STATUS_LABELS[l.status]}</td>
                <td className="text-right tabular-nums">{formatHours(l.hours * 60)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {evidence.omitted > 0 ? <p className="text-slate-600">En {evidence.omitted} lessen daartussen.</p> : null}
      </div>
    </details>
  );
}
