import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePagePermission } from "@/auth/guard";
import type { Actor } from "@/auth/load-actor";
import { can } from "@/auth/permissions";
import { isAppError } from "@/errors/app-error";
import { formatHours, formatPercent } from "@/ui/hours";
import { Stat } from "@/ui/stat";
import { AgreementForm } from "@/case-file/agreement-form";
import { ageOn } from "@/case-file/age-on";
import { conversationParticipantsHint } from "@/case-file/conversation-participants";
import { ConversationForm } from "@/case-file/conversation-form";
import { DUO_ABSENCE_KIND_LABELS, DUO_REPORT_STATE_LABELS } from "@/case-file/duo-labels";
import { shortDate } from "@/case-file/dutch-dates";
import { periodText } from "@/calendar/period-text";
import { NoteForm } from "@/case-file/note-form";
import { PupilHeaderView } from "@/case-file/pupil-header-view";
import { ReferralForm } from "@/case-file/referral-form";
import { ZCaseFileParamsSchema } from "@/case-file/schemas";
import { getCaseFile, type TCaseFile } from "@/case-file/server/get-case-file";
import { SignalDetails, SignalEvidence } from "@/case-file/signal-details";
import { signalKindLabel } from "@/signals/signal-labels";
import { TimelineView } from "@/case-file/timeline-view";
import { YearCalendarView } from "@/case-file/year-calendar-view";
import { CreateLetterForm } from "@/letters/create-letter-form";
import { postalAddressLines } from "@/letters/postal-address";
import { CreateDuoDraftButton } from "@/duo-reports/create-duo-draft-button";
import { ReopenSignalButton } from "@/signal-queue/reopen-signal-button";
import { scheduleChangesHref } from "@/schedule/schedule-changes-href";

export const metadata: Metadata = { title: "Dossier leerling · Aanwezig" };

export default async function CaseFilePage({ params }: { params: Promise<{ pupilId: string }> }) {
  const actor = await requirePagePermission("case-file:view");
  const { pupilId } = await params;
  if (!ZCaseFileParamsSchema.safeParse({ pupilId }).success) notFound();
  const file = await loadCaseFile(actor, pupilId);
  const { header, today, totals } = file;
  const activeSignals = file.signals.filter((s) => !s.withdrawnAt);
  const reportable = can(actor, "duo-reports:manage");
  const manage = can(actor, "signals:manage");

  return (
    <div className="space-y-6">
      <PupilHeaderView header={header} />
      {can(actor, "schedule:view") ? (
        <p><Link href={scheduleChangesHref(header.id)} className="text-blue-800 underline">Rooster: opbouwrooster, vrijstelling, stage</Link></p>
      ) : null}

      <section aria-labelledby="schooljaar" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="schooljaar" className="text-lg font-semibold">Schooljaar {file.year?.name ?? ""}</h2>
        {file.year ? (
          <>
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              <Stat label="Aanwezig" value={totals.registeredLessons ? formatPercent(totals.presentLessons / totals.registeredLessons) : "–"} />
              <Stat label="Ongeoorloofd" value={formatHours(totals.unexcusedMinutes)} />
              <Stat label="Geoorloofd" value={formatHours(totals.excusedMinutes)} />
              <Stat label="Te laat" value={`${totals.lateCount}×`} />
            </dl>
            <YearCalendarView months={file.months} today={today} />
          </>
        ) : <p className="text-slate-700">Er is geen schooljaar ingericht voor vandaag.</p>}
        <h3 className="pt-2 font-semibold">Signalen en de uren erachter</h3>
        {activeSignals.length === 0 ? <p className="text-slate-700">Geen signalen.</p> : (
          <ul className="divide-y divide-slate-100">
            {activeSignals.map((signal) => (
              <li key={signal.id} className="py-2">
                <SignalDetails signal={signal} today={today} ownerName={signal.ownerId ? (file.people[signal.ownerId] ?? null) : null} />
                {signal.mandatory && reportable && signal.state !== "CLOSED" ? (
                  <div className="mt-2">
                    <CreateDuoDraftButton signalId={signal.id} label={`Melding opstellen: ${signalKindLabel(signal.kind, signal.level)}`} />
                  </div>
                ) : null}
                {manage && signal.state === "CLOSED" ? (
                  <div className="mt-2">
                    <ReopenSignalButton signalId={signal.id} signalLabel={`${signalKindLabel(signal.kind, signal.level)}, ${header.name}`} />
                  </div>
                ) : null}
                <SignalEvidence signal={signal} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <RecordSection actor={actor} file={file} />

      <section aria-labelledby="tijdlijn" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="tijdlijn" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Tijdlijn</h2>
        <TimelineView items={file.timeline} today={today} people={file.people} />
      </section>
    </div>
  );
}

/** The forms, for those who may write; the leader reads only. */
function RecordSection({ actor, file }: { actor: Actor; file: TCaseFile }) {
  const { header, today } = file;
  const canWrite = can(actor, "case-file:write");
  const canSend = can(actor, "letters:send");
  if (!canWrite && !canSend) return <p className="text-sm text-slate-700">Je kunt dit dossier inzien. Gesprekken, afspraken en brieven legt de mentor of de verzuimcoördinator vast.</p>;
  const signals = file.signals.filter((s) => !s.withdrawnAt).map((s) => ({
    id: s.id, label: `${signalKindLabel(s.kind, s.level)} · ${periodText(s.startDate, s.endDate)}${s.hours !== null ? ` · ${formatHours(s.hours * 60)}` : ""}`,
  }));
  const duoReports = file.duoReports.map((r) => ({
    id: r.id, label: `${DUO_ABSENCE_KIND_LABELS[r.absenceKind]} · ${periodText(r.beginDate, r.endDate, { formatDate: shortDate, through: "t/m" })} · ${DUO_REPORT_STATE_LABELS[r.state]}`,
  }));
  // The letter's address block, shown before the letter is made (the same parts as load-letter-context.ts).
  const address = {
    pupil: { firstName: header.firstName, fullName: header.name, age: header.age }, guardians: header.guardians.map((g) => g.name), postalAddress: postalAddressLines(header.guardians),
  };
  const panels = [
    canWrite && { id: "gesprek", title: "Gesprek vastleggen", content: <ConversationForm pupilId={header.id} today={today} participantsHint={conversationParticipantsHint(ageOn(header.birthDate, today))} /> },
    canWrite && { id: "afspraak", title: "Afspraak vastleggen (plan van aanpak)", content: <AgreementForm pupilId={header.id} today={today} /> },
    canWrite && { id: "verwijzing", title: "Verwijzing vastleggen", content: <ReferralForm pupilId={header.id} today={today} /> },
    canWrite && { id: "notitie", title: "Notitie maken", content: <NoteForm pupilId={header.id} today={today} /> },
    canSend && { id: "brief", title: "Brief maken", content: <CreateLetterForm pupilId={header.id} signals={signals} duoReports={duoReports} address={address} /> },
  ].filter((panel) => panel !== false);
  return (
    <section aria-labelledby="vastleggen" className="space-y-2">
      <h2 id="vastleggen" className="text-lg font-semibold">Vastleggen</h2>
      {panels.map((panel) => (
        <details key={panel.id} className="rounded-lg border border-slate-200 bg-white">
          <summary className="cursor-pointer px-4 py-3 font-medium text-blue-900 focus:outline-none focus:ring-2 focus:ring-blue-700">{panel.title}</summary>
          <div className="border-t border-slate-200 px-4 py-3">{panel.content}</div>
        </details>
      ))}
    </section>
  );
}

async function loadCaseFile(actor: Actor, pupilId: string): Promise<TCaseFile> {
  try {
    return await getCaseFile({ actor, pupilId });
  } catch (error) {
    // Another school's pupil, or another group's for a mentor, is "not found", exactly like one that does not exist.
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
