import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { can } from "@/auth/permissions";
import { dutchDate, schoolToday } from "@/calendar/school-time";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { SIGNAL_KIND_LABELS, SIGNAL_STATE_LABELS, signalKindLabel } from "@/signals/signal-labels";
import { dueText } from "@/signals/due-text";
import { ZQueueFiltersSchema } from "@/signal-queue/schemas";
import { listSignalQueue, type QueueSignal } from "@/signal-queue/server/list-signal-queue";
import { listQueueFilterOptions } from "@/signal-queue/server/list-queue-filter-options";
import { SignalStateButton } from "@/signal-queue/signal-state-button";
import { CreateDuoDraftButton } from "@/duo-reports/create-duo-draft-button";
import { buttonClass } from "@/ui/form-feedback";
import { caseFileHref } from "@/case-file/case-file-href";
import { periodText } from "@/calendar/period-text";

export const metadata: Metadata = { title: "Signalen · Aanwezig" };

const select = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-2 text-sm focus:outline-none focus:ring-2 focus:ring-blue-700";

export default async function SignalQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePagePermission("signals:view");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const filters = ZQueueFiltersSchema.parse(await searchParams);
  const [{ signals, truncated }, options] = await Promise.all([
    listSignalQueue({ actor, filters, today }),
    listQueueFilterOptions({ actor, date: today }),
  ]);
  const manage = can(actor, "signals:manage");
  const report = can(actor, "duo-reports:manage");
  const mentorOnly = !can(actor, "attendance:view-school");

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Signalen</h1>
        <p className="text-slate-700">{mentorOnly ? "Van de leerlingen in jouw klassen. " : ""}Verplichte meldingen met de kortste termijn staan bovenaan.</p>
      </div>

      <form aria-label="Signalen filteren" className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-6">
        <div className="col-span-2">
          <label htmlFor="soort" className="block text-sm font-medium">Soort</label>
          <select id="soort" name="soort" defaultValue={filters.soort ?? ""} className={select}>
            <option value="">Alle soorten</option>
            {Object.entries(SIGNAL_KIND_LABELS).map(([kind, label]) => <option key={kind} value={kind}>{label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="groep" className="block text-sm font-medium">Klas</label>
          <select id="groep" name="groep" defaultValue={filters.groep ?? ""} className={select}>
            <option value="">Alle klassen</option>
            {options.groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="mentor" className="block text-sm font-medium">Mentor</label>
          <select id="mentor" name="mentor" defaultValue={filters.mentor ?? ""} className={select}>
            <option value="">Alle mentoren</option>
            {options.mentors.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium">Status</label>
          <select id="status" name="status" defaultValue={filters.status} className={select}>
            <option value="open">Open (nieuw of in behandeling)</option>
            {Object.entries(SIGNAL_STATE_LABELS).map(([state, label]) => <option key={state} value={state}>{label}</option>)}
            <option value="ingetrokken">Ingetrokken</option>
          </select>
        </div>
        <div>
          <label htmlFor="termijn" className="block text-sm font-medium">Termijn</label>
          <select id="termijn" name="termijn" defaultValue={filters.termijn} className={select}>
            <option value="alle">Alle</option>
            <option value="verlopen">Verlopen</option>
            <option value="week">Binnen een week</option>
          </select>
        </div>
        <div className="col-span-2 flex gap-2 md:col-span-6">
          <button type="submit" className={buttonClass}>Filteren</button>
          <Link href="/verzuim/signalen" className="rounded-md px-4 py-2 font-medium text-blue-800 underline-offset-2 hover:underline">Wissen</Link>
        </div>
      </form>

      <p role="status" className="text-sm text-slate-700">{signals.length} {signals.length === 1 ? "signaal" : "signalen"}{truncated ? " (de eerste 300; verfijn het filter)" : ""}</p>
      {signals.length === 0 ? <p className="rounded-lg border border-slate-200 bg-white p-4">Geen signalen met dit filter.</p> : (
        <ul className="space-y-3">
          {signals.map((signal) => <SignalCard key={signal.id} signal={signal} today={today} manage={manage} report={report} />)}
        </ul>
      )}
    </div>
  );
}

function SignalCard({ signal: s, today, manage, report }: { signal: QueueSignal; today: string; manage: boolean; report: boolean }) {
  const due = s.dueBy && s.state !== "REPORTED" && s.state !== "CLOSED" ? dueText(s.dueBy, today) : null;
  const title = `${signalKindLabel(s.kind, s.level)}${s.repeat ? " (herhaalmelding)" : ""}`;
  const descriptionId = `signaal-${s.id}`;
  return (
    <li className={`rounded-lg border bg-white p-4 ${due?.overdue ? "border-red-700" : "border-slate-200"}`}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h2 className="text-lg font-semibold">
            <Link href={caseFileHref(s.pupil.id)} className="text-blue-800 underline underline-offset-2 hover:decoration-2">{s.pupil.name}</Link>
            <span className="font-normal text-slate-700"> · {s.pupil.groupName ?? "geen klas"}</span>
          </h2>
          <p id={descriptionId}>
            <span className="font-medium">{title}</span>
            {s.mandatory ? <span className="ml-2 rounded-full bg-blue-100 px-2 py-0.5 text-sm text-blue-900">verplichte melding</span> : null}
            {s.provisional ? <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-sm text-amber-900">voorlopig: reden nog onbekend</span> : null}
          </p>
          <p className="text-sm text-slate-700">
            {periodText(s.startDate, s.endDate, { formatDate: dutchDate, through: "t/m" })}{s.endDate ? "" : " (loopt nog)"}
            {s.hours !== null ? ` · ${s.hours.toLocaleString("nl-NL", { maximumFractionDigits: 2 })} klokuur` : ""}
            {" "}· signaal op {dutchDate(s.reachedOn)}
          </p>
          {s.withdrawnReason ? <p className="text-sm text-slate-700">Ingetrokken: {s.withdrawnReason}</p> : null}
        </div>
        <div className="text-right text-sm">
          {due ? <p className={due.overdue ? "font-semibold text-red-800" : "text-slate-800"}>Melden: {due.text}</p> : null}
          <p className="text-slate-700">{SIGNAL_STATE_LABELS[s.state]}{s.ownerName ? ` · ${s.ownerName}` : ""}</p>
        </div>
      </div>
      {(manage || report) && !s.withdrawnReason ? (
        <div className="mt-3 flex flex-wrap items-start gap-2">
          {s.mandatory && report ? (
            s.duoReportId ? (
              <Link href={`/verzuim/meldingen/${s.duoReportId}`} className="rounded-md border border-blue-700 px-3 py-1.5 text-sm font-medium text-blue-800 hover:bg-blue-50">Melding bekijken</Link>
            ) : (
              <CreateDuoDraftButton signalId={s.id} describedBy={descriptionId} />
            )
          ) : null}
          {manage && s.state === "NEW" ? <SignalStateButton signalId={s.id} action="take" pupilName={s.pupil.name} /> : null}
          {manage && (s.state === "NEW" || s.state === "IN_PROGRESS") ? <SignalStateButton signalId={s.id} action="close" pupilName={s.pupil.name} /> : null}
          {manage && s.state === "CLOSED" ? <SignalStateButton signalId={s.id} action="reopen" pupilName={s.pupil.name} /> : null}
        </div>
      ) : null}
    </li>
  );
}
