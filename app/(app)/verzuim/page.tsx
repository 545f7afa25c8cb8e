import type { Metadata } from "next";
import { requirePagePermission } from "@/auth/guard";
import { clockTime, dutchDate, schoolMinutesNow, schoolToday } from "@/calendar/school-time";
import { previousWeekday } from "@/calendar/previous-weekday";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { getDailyCheck } from "@/daily-check/server/get-daily-check";
import { Stat } from "@/ui/stat";

export const metadata: Metadata = { title: "Verzuim · Aanwezig" };

const REPORT_KIND: Record<string, string> = { SICK: "Ziek", MEDICAL: "Medisch bezoek", OTHER: "Overig" };

export default async function CoordinatorStartPage() {
  const actor = await requirePagePermission("daily-check:use");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const from = previousWeekday(today);
  const check = await getDailyCheck({ schoolId: actor.schoolId, from, today, nowMinutes: schoolMinutesNow(timeZone, now) });

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Dagelijkse controle</h1>
        <p className="text-slate-700">{dutchDate(from)} en vandaag, {dutchDate(today)}</p>
      </div>
      <dl className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Stat label="Lessen niet geregistreerd" value={check.unregisteredLessons.length} />
        <Stat label="Afwezig, reden onbekend" value={check.unknownAbsences.length} />
        <Stat label="Meldingen van ouders" value={check.newReports.length} />
      </dl>

      <section aria-labelledby="nabellen" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="nabellen" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Nabellen: afwezig zonder bekende reden</h2>
        {check.unknownAbsences.length === 0 ? <p className="px-4 py-3 text-slate-700">Niemand om na te bellen.</p> : (
          <ul className="divide-y divide-slate-100">
            {check.unknownAbsences.map((a) => (
              <li key={a.registrationId} className="flex flex-wrap justify-between gap-2 px-4 py-2">
                <span><span className="font-medium">{a.pupilName}</span> · {a.groupName} · {dutchDate(a.date)}, {a.period}e uur</span>
                <span className="tabular-nums text-slate-700">{a.phones.length ? a.phones.map((p) => <a key={p} href={`tel:${p}`} className="ml-2 text-blue-800 underline">{p}</a>) : "geen telefoonnummer"}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="niet-geregistreerd" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="niet-geregistreerd" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Lessen die niemand registreerde</h2>
        {check.unregisteredLessons.length === 0 ? <p className="px-4 py-3 text-slate-700">Alle lessen zijn geregistreerd.</p> : (
          <ul className="divide-y divide-slate-100">
            {groupByTeacher(check.unregisteredLessons).map(([teacher, lessons]) => (
              <li key={teacher} className="px-4 py-2">
                <details>
                  <summary className="cursor-pointer"><span className="font-medium">{teacher}</span> · {lessons.length} {lessons.length === 1 ? "les" : "lessen"}</summary>
                  <ul className="mt-1 space-y-0.5 text-sm text-slate-700">
                    {lessons.map((l) => (
                      <li key={l.id}>{dutchDate(l.date)} {clockTime(l.startMinutes)} ({l.period}e uur) · {l.groupName} · {l.subjectName}</li>
                    ))}
                  </ul>
                </details>
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
                <span className="font-medium">{r.pupilName}</span> · {REPORT_KIND[r.kind] ?? r.kind} vanaf {dutchDate(r.startDate)}{r.endDate ? ` tot en met ${dutchDate(r.endDate)}` : ""}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function groupByTeacher<T extends { teacher: string }>(lessons: T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const lesson of lessons) groups.set(lesson.teacher, [...(groups.get(lesson.teacher) ?? []), lesson]);
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0], "nl"));
}
