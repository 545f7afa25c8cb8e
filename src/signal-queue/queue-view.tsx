import Link from "next/link";
import { periodText } from "@/calendar/period-text";
import { dutchDate } from "@/calendar/school-time";
import { caseFileHref } from "@/case-file/case-file-href";
import { CreateDuoDraftButton } from "@/duo-reports/create-duo-draft-button";
import { dueText } from "@/signals/due-text";
import { SIGNAL_STATE_LABELS, signalKindLabel } from "@/signals/signal-labels";
import { closeReasonText } from "./close-reasons";
import { CloseSignalDialog } from "./close-signal-dialog";
import { queueHref } from "./queue-href";
import { ReopenSignalButton } from "./reopen-signal-button";
import type { TQueueFilters } from "./schemas";
import type { QueuePupil, QueueSignal, SignalQueuePage } from "./server/list-signal-queue";
import { SignalStateButton } from "./signal-state-button";

/** Links are underlined: told apart from the text by more than their colour (WCAG 1.4.1). */
export const textLink = "font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950 focus:outline-none focus:ring-2 focus:ring-blue-700";

type Rights = { manage: boolean; report: boolean };

/** The queue: a count, the pupils of this page (one line each), and the way to the next and previous page. */
export function QueueView({ queue, filters, today, rights }: { queue: SignalQueuePage; filters: TQueueFilters; today: string; rights: Rights }) {
  const pupils = `${queue.totalPupils} ${queue.totalPupils === 1 ? "leerling" : "leerlingen"}`;
  const signals = `${queue.totalSignals} ${queue.totalSignals === 1 ? "signaal" : "signalen"}`;
  const paged = queue.totalPupils > queue.pupils.length;
  return (
    <>
      <p role="status" className="text-sm text-slate-700">
        {signals} bij {pupils}{paged && queue.pupils.length > 0 ? `; hier ${queue.from}–${queue.to}` : ""}
      </p>
      {queue.pupils.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4">
          {queue.totalPupils === 0 ? "Geen signalen met dit filter." : "Op deze pagina staat niemand meer. "}
          {queue.totalPupils > 0 ? <Link href={queueHref(filters, null)} className={textLink}>Naar het begin van de lijst</Link> : null}
        </p>
      ) : (
        <ul className="space-y-3" aria-label="Leerlingen met signalen">
          {queue.pupils.map((line) => <PupilLine key={line.pupil.id} line={line} today={today} rights={rights} />)}
        </ul>
      )}
      {queue.previous !== null || queue.next !== null ? (
        <nav aria-label="Bladeren door de signalen" className="flex flex-wrap items-center justify-between gap-3">
          {queue.previous !== null ? <Link href={queueHref(filters, queue.previous || null)} className={pageLink}><span aria-hidden="true">← </span>Vorige leerlingen</Link> : <span />}
          {queue.next !== null ? <Link href={queueHref(filters, queue.next)} className={pageLink}>Volgende leerlingen<span aria-hidden="true"> →</span></Link> : null}
        </nav>
      ) : null}
    </>
  );
}

const pageLink = "rounded-md border border-blue-700 bg-white px-4 py-2 font-medium text-blue-800 underline underline-offset-2 hover:bg-blue-50 focus:outline-none focus:ring-2 focus:ring-blue-700";

function PupilLine({ line, today, rights }: { line: QueuePupil; today: string; rights: Rights }) {
  const mandatory = line.signals.filter((s) => s.mandatory).length;
  const headingId = `leerling-${line.pupil.id}`;
  return (
    <li aria-labelledby={headingId} className={`rounded-lg border bg-white ${line.overdue ? "border-red-700" : "border-slate-200"}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 border-b border-slate-100 px-4 py-3">
        <h2 id={headingId} className="text-lg font-semibold">
          <Link href={caseFileHref(line.pupil.id)} className={textLink}>{line.pupil.name}</Link>
          <span className="font-normal text-slate-700"> · {line.pupil.groupName ?? "geen klas"}</span>
        </h2>
        <p className="text-sm text-slate-700">
          {line.signals.length} {line.signals.length === 1 ? "signaal" : "signalen"}
          {mandatory ? ` · ${mandatory} ${mandatory === 1 ? "verplichte melding" : "verplichte meldingen"}` : ""}
        </p>
      </div>
      <ul className="divide-y divide-slate-100">
        {line.signals.map((s) => <SignalRow key={s.id} signal={s} pupilName={line.pupil.name} today={today} rights={rights} />)}
      </ul>
    </li>
  );
}

function SignalRow({ signal: s, pupilName, today, rights }: { signal: QueueSignal; pupilName: string; today: string; rights: Rights }) {
  const due = s.dueBy && s.state !== "REPORTED" && s.state !== "CLOSED" ? dueText(s.dueBy, today) : null;
  const title = `${signalKindLabel(s.kind, s.level)}${s.repeat ? " (herhaalmelding)" : ""}`;
  const descriptionId = `signaal-${s.id}`;
  const label = `${title}, ${pupilName}`;
  const closedBecause = s.state === "CLOSED" ? closeReasonText(s.closeReason, s.closeNote) : null;
  return (
    <li className="px-4 py-3">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <p id={descriptionId}>
            <span className="font-medium">{title}</span>
            {s.mandatory ? <span className="ml-2 rounded-full bg-blue-100 px-2 py-0.5 text-sm text-blue-900">verplichte melding</span> : null}
            {s.provisional ? <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-sm text-amber-900">voorlopig: reden nog onbekend</span> : null}
            <span className="sr-only">, {pupilName}</span>
          </p>
          <p className="text-sm text-slate-700">
            {periodText(s.startDate, s.endDate, { formatDate: dutchDate, through: "t/m" })}{s.endDate ? "" : " (loopt nog)"}
            {s.hours !== null ? ` · ${s.hours.toLocaleString("nl-NL", { maximumFractionDigits: 2 })} klokuur` : ""}
            {" "}· signaal op {dutchDate(s.reachedOn)}
          </p>
          {s.withdrawnReason ? <p className="text-sm text-slate-700">Ingetrokken: {s.withdrawnReason}</p> : null}
          {closedBecause ? <p className="text-sm text-slate-700">Afgesloten: {closedBecause}</p> : null}
        </div>
        <div className="text-right text-sm">
          {due ? <p className={due.overdue ? "font-semibold text-red-800" : "text-slate-800"}>Melden: {due.text}</p> : null}
          <p className="text-slate-700">{SIGNAL_STATE_LABELS[s.state]}{s.ownerName ? ` · ${s.ownerName}` : ""}</p>
        </div>
      </div>
      {(rights.manage || rights.report) && !s.withdrawnReason ? (
        <div className="mt-2 flex flex-wrap items-start gap-2">
          {s.mandatory && rights.report ? (
            s.duoReportId ? (
              <Link href={`/verzuim/meldingen/${s.duoReportId}`} aria-describedby={descriptionId} className="rounded-md border border-blue-700 px-3 py-1.5 text-sm font-medium text-blue-800 underline underline-offset-2 hover:bg-blue-50">Melding bekijken</Link>
            ) : (
              <CreateDuoDraftButton signalId={s.id} describedBy={descriptionId} compact />
            )
          ) : null}
          {rights.manage && s.state === "NEW" ? <SignalStateButton signalId={s.id} signalLabel={label} /> : null}
          {rights.manage && s.state !== "CLOSED" ? <CloseSignalDialog signalId={s.id} signalLabel={label} /> : null}
          {rights.manage && s.state === "CLOSED" ? <ReopenSignalButton signalId={s.id} signalLabel={label} /> : null}
        </div>
      ) : null}
    </li>
  );
}
