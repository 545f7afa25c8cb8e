import { LETTER_KIND_LABELS } from "@/letters/letter-kind-labels";
import { describeParticipants } from "./conversation-participants";
import { DUO_ABSENCE_KIND_LABELS, DUO_REPORT_STATE_LABELS, DUO_STATUS_LABELS } from "./duo-labels";
import { periodText } from "@/calendar/period-text";
import { longDate } from "./dutch-dates";
import { CASE_ENTRY_KIND_LABELS, referralLabel } from "./entry-labels";
import { SignalDetails } from "./signal-details";
import type { TTimelineItem } from "./timeline";

const KIND_STYLE = "inline-block rounded px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide";

/** The case file's timeline, newest first; each item says what it is in words, not only by its colour. */
export function TimelineView({ items, today, people }: { items: TTimelineItem[]; today: string; people: Record<string, string> }) {
  if (items.length === 0) return <p className="px-4 py-3 text-slate-700">Nog niets in het dossier.</p>;
  return (
    <ol className="divide-y divide-slate-100">
      {items.map((item) => (
        <li key={`${item.type}-${itemId(item)}`} className="grid grid-cols-1 gap-1 px-4 py-3 sm:grid-cols-[9rem_1fr] sm:gap-4">
          <p className="text-sm tabular-nums text-slate-700">{longDate(item.date)}</p>
          <div>{body(item, today, people)}</div>
        </li>
      ))}
    </ol>
  );
}

function itemId(item: TTimelineItem): string {
  if (item.type === "signal") return item.signal.id;
  if (item.type === "entry") return item.entry.id;
  if (item.type === "letter") return item.letter.id;
  return item.report.id;
}

function by(people: Record<string, string>, id: string | null): string {
  return id && people[id] ? ` · ${people[id]}` : "";
}

function body(item: TTimelineItem, today: string, people: Record<string, string>) {
  switch (item.type) {
    case "signal":
      return (
        <>
          <span className={`${KIND_STYLE} bg-violet-100 text-violet-900`}>Signaal</span>
          <SignalDetails signal={item.signal} today={today} ownerName={item.signal.ownerId ? (people[item.signal.ownerId] ?? null) : null} />
        </>
      );
    case "entry": {
      const e = item.entry;
      const participants = describeParticipants(e.participants);
      const referral = referralLabel(e.referralTo);
      const followUpPassed = e.followUpOn !== null && e.followUpOn < today;
      return (
        <>
          <span className={`${KIND_STYLE} bg-emerald-100 text-emerald-900`}>{CASE_ENTRY_KIND_LABELS[e.kind]}</span>
          <p className="font-medium">{e.title}</p>
          {participants ? <p className="text-sm text-slate-700">Met {participants}</p> : null}
          {referral && e.kind === "REFERRAL" ? <p className="text-sm text-slate-700">Naar {referral}</p> : null}
          <p className="whitespace-pre-line text-slate-900">{e.body}</p>
          {e.followUpOn ? (
            <p className={`text-sm ${followUpPassed ? "font-semibold text-red-800" : "text-slate-700"}`}>
              Vervolg op {longDate(e.followUpOn)}{followUpPassed ? " (datum is voorbij)" : ""}
            </p>
          ) : null}
          <p className="text-xs text-slate-600">Vastgelegd{by(people, e.authorId)}</p>
        </>
      );
    }
    case "letter":
      return (
        <>
          <span className={`${KIND_STYLE} bg-amber-100 text-amber-900`}>Brief</span>
          <p className="font-medium">{item.letter.subject}</p>
          <p className="text-sm text-slate-700">{LETTER_KIND_LABELS[item.letter.kind]}{by(people, item.letter.createdById)}</p>
          <a href={`/api/letters/${item.letter.id}/pdf`} download className="text-sm font-medium text-blue-800 underline">
            Download de brief (PDF)
          </a>
        </>
      );
    case "duo-report": {
      const r = item.report;
      return (
        <>
          <span className={`${KIND_STYLE} bg-red-100 text-red-900`}>DUO-melding</span>
          <p className="font-medium first-letter:uppercase">{DUO_ABSENCE_KIND_LABELS[r.absenceKind]}</p>
          <p className="text-sm text-slate-700">
            {periodText(r.beginDate, r.endDate)} · {DUO_REPORT_STATE_LABELS[r.state]}{r.duoStatus ? ` · DUO: ${DUO_STATUS_LABELS[r.duoStatus]}` : ""}{by(people, r.createdById)}
          </p>
        </>
      );
    }
  }
}
