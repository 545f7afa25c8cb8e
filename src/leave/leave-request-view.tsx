import Link from "next/link";
import { caseFileHref } from "@/case-file/case-file-href";
import { longDate } from "@/calendar/long-date";
import { periodText } from "@/calendar/period-text";
import { schoolToday } from "@/calendar/school-time";
import { formatHours } from "@/ui/hours";
import { DecideLeaveForm } from "./decide-leave-form";
import { LEAVE_STATE_LABELS, LEAVE_TYPE_LABELS } from "./leave-labels";
import { OfficerDecisionForm } from "./officer-decision-form";
import { SCHOOL_DECIDES_UP_TO } from "./check-leave-request";
import type { LeaveRequestDetail } from "./server/get-leave-request";

const panel = "rounded-lg border border-slate-200 bg-white p-4 space-y-3";
const link = "text-blue-800 underline focus:outline-none focus:ring-2 focus:ring-blue-700";
const size = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} kB` : `${(bytes / 1024 / 1024).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB`);

/** One leave request for those who decide: the request, the pupil's year, earlier leave, and the decision (or its form). */
export function LeaveRequestView({ r, timeZone }: { r: LeaveRequestDetail; timeZone: string }) {
  const day = (d: Date) => longDate(schoolToday(timeZone, d));
  return (
    <div className="space-y-6">
      <div>
        <p><Link href="/verzuim/verlof" className={link}>← Alle verlofaanvragen</Link></p>
        <h1 className="mt-2 text-2xl font-semibold">Verlofaanvraag {r.pupilName}</h1>
        <p className="text-slate-700">{LEAVE_TYPE_LABELS[r.type]} · {periodText(r.startDate, r.endDate)} · <strong>{LEAVE_STATE_LABELS[r.state]}</strong></p>
      </div>

      <section aria-labelledby="aanvraag" className={panel}>
        <h2 id="aanvraag" className="text-lg font-semibold">De aanvraag</h2>
        <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium">Leerling</dt><dd><Link href={caseFileHref(r.pupilId)} className={link}>{r.pupilName}</Link> (dossier)</dd>
          <dt className="font-medium">Periode</dt><dd>{periodText(r.startDate, r.endDate)}: {r.schoolDays} {r.schoolDays === 1 ? "schooldag" : "schooldagen"}</dd>
          <dt className="font-medium">Reden</dt><dd className="whitespace-pre-line">{r.reason}</dd>
          <dt className="font-medium">Aangevraagd</dt><dd>door {r.requestedBy} op {day(r.createdAt)}</dd>
          <dt className="font-medium">Bijlagen</dt>
          <dd>
            {r.attachments.length === 0 ? "Geen" : (
              <ul>{r.attachments.map((a) => <li key={a.id}><a href={`/api/leave-attachments/${a.id}`} className={link}>{a.fileName}</a> ({size(a.size)})</li>)}</ul>
            )}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="jaar" className={panel}>
        <h2 id="jaar" className="text-lg font-semibold">Aanwezigheid dit schooljaar</h2>
        <p>{r.year.presentLessons} van {r.year.registeredLessons} geregistreerde lessen aanwezig; {formatHours(r.year.excusedMinutes)} geoorloofd en {formatHours(r.year.unexcusedMinutes)} ongeoorloofd afwezig; {r.year.lateCount}× ongeoorloofd te laat.</p>
        <h3 className="font-medium">Eerder verlof</h3>
        {r.earlier.length === 0 ? <p className="text-slate-700">Geen eerdere aanvragen.</p> : (
          <ul className="list-disc pl-5">
            {r.earlier.map((e) => (
              <li key={e.id}><Link href={`/verzuim/verlof/${e.id}`} className={link}>{LEAVE_TYPE_LABELS[e.type]}, {periodText(e.startDate, e.endDate)}</Link>: {LEAVE_STATE_LABELS[e.state].toLowerCase()} ({e.schoolDays} {e.schoolDays === 1 ? "schooldag" : "schooldagen"})</li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="besluit" className={panel}>
        <h2 id="besluit" className="text-lg font-semibold">Besluit</h2>
        <Decision r={r} day={day} />
      </section>
    </div>
  );
}

function Decision({ r, day }: { r: LeaveRequestDetail; day: (d: Date) => string }) {
  const letter = (id: string | null, label: string) => (id ? <p><a href={`/api/letters/${id}/pdf`} className={link}>{label} (PDF)</a></p> : null);
  switch (r.state) {
    case "REQUESTED":
      if (!r.mayDecide) return <p className="text-slate-700">Nog niet besloten. Op deze school beslist de schoolleider over verlof.</p>;
      return (
        <>
          {r.schoolDays > SCHOOL_DECIDES_UP_TO ? <p>Deze aanvraag gaat over meer dan {SCHOOL_DECIDES_UP_TO} schooldagen: de leerplichtambtenaar beslist. Stuur haar door met het advies van de school.</p> : null}
          <DecideLeaveForm leaveRequestId={r.id} overLimit={r.schoolDays > SCHOOL_DECIDES_UP_TO} />
        </>
      );
    case "REFERRED":
      return (
        <>
          <p>Doorgestuurd naar de leerplichtambtenaar{r.referredAt ? ` op ${day(r.referredAt)}` : ""}. Advies van de school: {r.schoolAdvice}</p>
          {letter(r.referralLetterId, "Aanvraag met advies voor de leerplichtambtenaar")}
          {r.mayDecide ? <OfficerDecisionForm leaveRequestId={r.id} today={r.today} /> : null}
        </>
      );
    case "WITHDRAWN":
      return <p>De aanvrager heeft de aanvraag ingetrokken.</p>;
    default:
      return (
        <>
          <p>
            {r.state === "APPROVED" ? "Toegekend" : "Afgewezen"}
            {r.officerName ? ` door leerplichtambtenaar ${r.officerName}${r.officerDecidedOn ? ` op ${longDate(r.officerDecidedOn)}` : ""}` : r.decidedBy ? ` door ${r.decidedBy}` : ""}
            {!r.officerName && r.decidedAt ? ` op ${day(r.decidedAt)}` : ""}.
          </p>
          {r.decisionNote ? <p className="whitespace-pre-line">Toelichting: {r.decisionNote}</p> : null}
          {letter(r.decisionLetterId, "Besluitbrief")}
          {letter(r.referralLetterId, "Aanvraag met advies voor de leerplichtambtenaar")}
          {r.state === "REJECTED" ? (
            <div className="rounded-md bg-amber-50 p-3 text-amber-950">
              {r.withoutLeaveLessons === 0
                ? <p>Is {r.pupilName} in deze periode toch afwezig, dan wordt dat vastgelegd als ongeoorloofd: vakantie zonder verlof (luxe verzuim, meldplichtig).</p>
                : <p>{r.withoutLeaveLessons} {r.withoutLeaveLessons === 1 ? "les" : "lessen"} in deze periode {r.withoutLeaveLessons === 1 ? "is" : "zijn"} vastgelegd als vakantie zonder verlof.</p>}
              {r.signals.length > 0 ? (
                <p className="mt-1">Dit leidde tot het signaal luxe verzuim (vanaf {longDate(r.signals[0]!.startDate)}), dat gemeld moet worden bij DUO: <Link href="/verzuim/signalen?soort=LUXURY" className={link}>naar de signalen luxe verzuim</Link> of <Link href={caseFileHref(r.pupilId)} className={link}>het dossier</Link>.</p>
              ) : null}
            </div>
          ) : null}
        </>
      );
  }
}
