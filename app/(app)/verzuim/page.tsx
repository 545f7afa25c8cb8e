import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { clockTime, dutchDate, schoolMinutesNow, schoolToday } from "@/calendar/school-time";
import { previousWeekday } from "@/calendar/previous-weekday";
import { periodText } from "@/calendar/period-text";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { getDailyCheck, type DailyCheck } from "@/daily-check/server/get-daily-check";
import { ReminderButton } from "@/daily-check/reminder-button";
import { ResolveAbsenceForm } from "@/daily-check/resolve-absence-form";
import { describePeriods } from "@/registration/summarize-day-absences";
import { Stat } from "@/ui/stat";
import { caseFileHref } from "@/case-file/case-file-href";

export const metadata: Metadata = { title: "Dagelijkse controle · Aanwezig" };

const REPORT_KIND: Record<string, string> = { SICK: "ziek", MEDICAL: "medisch bezoek", OTHER: "afwezig (overig)" };
const OBSERVED: Record<string, string> = { PRESENT: "aanwezig", LATE: "te laat" };
const TIME = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });

export default async function DailyCheckPage() {
  const actor = await requirePagePermission("daily-check:use");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const from = previousWeekday(today);
  const check = await getDailyCheck({ schoolId: actor.schoolId, from, today, nowMinutes: schoolMinutesNow(timeZone, now) });
  const calls = groupCalls(check.unknownAbsences);
  const teachers = groupByTeacher(check.unregisteredLessons);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Dagelijkse controle</h1>
        <p className="text-slate-700">{dutchDate(from)} en vandaag, {dutchDate(today)}</p>
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Na te bellen" value={calls.length} />
        <Stat label="Docenten met open lessen" value={teachers.length} />
        <Stat label="Melding klopt niet" value={check.mismatches.length} />
        <Stat label="Meldingen van ouders" value={check.newReports.length} />
      </dl>

      <section aria-labelledby="nabellen" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="nabellen" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Nabellen: afwezig zonder bekende reden</h2>
        {calls.length === 0 ? <p className="px-4 py-3 text-slate-700">Niemand om na te bellen.</p> : (
          <ul className="divide-y divide-slate-100">
            {calls.map((call) => (
              <li key={`${call.pupilId}-${call.date}`} className="space-y-2 px-4 py-3">
                <div className="flex flex-wrap justify-between gap-2">
                  <span>
                    <Link href={caseFileHref(call.pupilId)} className="font-medium text-blue-800 underline underline-offset-2 hover:decoration-2">{call.pupilName}</Link>
                    {" "}· {call.groupName} · {dutchDate(call.date)}, {describePeriods(call.periods)}
                  </span>
                  <span className="tabular-nums">
                    {call.phones.length ? call.phones.map((p) => <a key={p} href={`tel:${p}`} className="ml-3 text-blue-800 underline">{p}</a>) : <span className="text-slate-600">geen telefoonnummer</span>}
                  </span>
                </div>
                <ResolveAbsenceForm registrationId={call.registrationId} pupilName={call.pupilName} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="niet-geregistreerd" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="niet-geregistreerd" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Lessen die niemand registreerde</h2>
        {teachers.length === 0 ? <p className="px-4 py-3 text-slate-700">Alle lessen zijn geregistreerd.</p> : (
          <ul className="divide-y divide-slate-100">
            {teachers.map(({ teacher, staffId, lessons }) => {
              const reminded = lessons.map((l) => l.remindedAt).filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0];
              return (
                <li key={teacher} className="flex flex-wrap items-start justify-between gap-3 px-4 py-3">
                  <details className="min-w-0 flex-1">
                    <summary className="cursor-pointer"><span className="font-medium">{teacher}</span> · {lessons.length} {lessons.length === 1 ? "les" : "lessen"}</summary>
                    <ul className="mt-1 space-y-0.5 text-sm text-slate-700">
                      {lessons.map((l) => <li key={l.id}>{dutchDate(l.date)} {clockTime(l.startMinutes)} ({l.period}e uur) · {l.groupName} · {l.subjectName}</li>)}
                    </ul>
                  </details>
                  {staffId ? <ReminderButton staffId={staffId} lessonIds={lessons.map((l) => l.id)} teacher={teacher} remindedAt={reminded ? TIME.format(reminded) : null} /> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="klopt-niet" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="klopt-niet" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Melding van ouders klopt niet met de les</h2>
        {check.mismatches.length === 0 ? <p className="px-4 py-3 text-slate-700">Geen tegenstrijdigheden.</p> : (
          <ul className="divide-y divide-slate-100">
            {check.mismatches.map((m) => (
              <li key={m.registrationId} className="px-4 py-2">
                <Link href={caseFileHref(m.pupilId)} className="font-medium text-blue-800 underline underline-offset-2 hover:decoration-2">{m.pupilName}</Link>
                {" "}· {m.groupName} · {dutchDate(m.date)}, {m.period}e uur: gemeld als {REPORT_KIND[m.reportKind] ?? m.reportKind}, door de docent {OBSERVED[m.observed] ?? m.observed} gezien
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="meldingen" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="meldingen" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Meldingen van ouders</h2>
        {check.newReports.length === 0 ? <p className="px-4 py-3 text-slate-700">Geen nieuwe meldingen.</p> : (
          <ul className="divide-y divide-slate-100">
            {check.newReports.map((r) => (
              <li key={r.id} className="px-4 py-2">
                <span className="font-medium">{r.pupilName}</span> · {REPORT_KIND[r.kind] ?? r.kind} {periodText(r.startDate, r.endDate, { form: "sentence", formatDate: dutchDate })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

type UnknownAbsence = DailyCheck["unknownAbsences"][number];
type Call = Omit<UnknownAbsence, "period"> & { periods: number[] };

/** One call per pupil per day, however many lessons they missed. */
function groupCalls(absences: UnknownAbsence[]): Call[] {
  const calls = new Map<string, Call>();
  for (const a of absences) {
    const key = `${a.pupilId}|${a.date}`;
    const call = calls.get(key) ?? { ...a, periods: [] };
    call.periods.push(a.period);
    calls.set(key, call);
  }
  return [...calls.values()].map((c) => ({ ...c, periods: c.periods.sort((x, y) => x - y) })).sort((a, b) => a.date.localeCompare(b.date) || a.pupilName.localeCompare(b.pupilName, "nl"));
}

type Unregistered = DailyCheck["unregisteredLessons"][number];

function groupByTeacher(lessons: Unregistered[]): { teacher: string; staffId: string | null; lessons: Unregistered[] }[] {
  const groups = new Map<string, { teacher: string; staffId: string | null; lessons: Unregistered[] }>();
  for (const lesson of lessons) {
    const group = groups.get(lesson.teacher) ?? { teacher: lesson.teacher, staffId: lesson.staffId, lessons: [] };
    group.lessons.push(lesson);
    groups.set(lesson.teacher, group);
  }
  return [...groups.values()].sort((a, b) => b.lessons.length - a.lessons.length || a.teacher.localeCompare(b.teacher, "nl"));
}
