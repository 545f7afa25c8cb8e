import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { longDate } from "@/calendar/long-date";
import { addDays, schoolToday } from "@/calendar/school-time";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { AddScheduleForm, RemoveScheduleDateForm, ScheduleDateForm, WeekdayForm } from "@/school-calendar/bell-forms";
import { BellScheduleCard } from "@/school-calendar/bell-schedule-card";
import { listBellSchedules } from "@/school-calendar/server/list-bell-schedules";
import { listSchoolYears } from "@/school-calendar/server/list-school-years";

export const metadata: Metadata = { title: "Lestijden · Beheer · Aanwezig" };

/** Beheer → Kalender → Lestijden: bell schedules, which applies on each weekday, and days with other times. */
export default async function BellSchedulesPage({ searchParams }: { searchParams: Promise<{ jaar?: string | string[] }> }) {
  const actor = await requirePagePermission("school:configure");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const tomorrow = addDays(today, 1);
  const years = await listSchoolYears({ schoolId: actor.schoolId });
  const asked = (await searchParams).jaar;
  const year = years.find((y) => y.id === asked) ?? years.find((y) => y.startDate <= today && today <= y.endDate) ?? years[0];
  const bells = await listBellSchedules({ schoolId: actor.schoolId, yearId: year?.id ?? null });

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm"><Link href="/beheer/kalender" className="text-blue-800 underline">← Kalender</Link></p>
        <h1 className="text-2xl font-semibold">Lestijden</h1>
        <p className="text-slate-700">
          Een wijziging geldt voor de lessen vanaf de dag die je kiest (op zijn vroegst morgen). Lessen die al registraties hebben en
          lessen van vandaag en eerder houden hun tijden.
        </p>
        {years.length > 1 ? (
          <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
            {years.map((y) => (
              <Link key={y.id} href={`/beheer/kalender/lestijden?jaar=${y.id}`} aria-current={y.id === year?.id ? "page" : undefined} className="text-blue-800 underline aria-[current=page]:font-semibold aria-[current=page]:text-slate-900 aria-[current=page]:no-underline">
                {y.name}
              </Link>
            ))}
          </p>
        ) : null}
      </div>
      {year ? (
        <>
          <section aria-labelledby="weekdagen" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="weekdagen" className="mb-3 text-lg font-semibold">Lestijden per weekdag {year.name}</h2>
            <WeekdayForm key={year.id} yearId={year.id} schedules={bells.schedules} weekdays={bells.weekdays} tomorrow={tomorrow} />
          </section>
          <section aria-labelledby="andere-dagen" className="rounded-lg border border-slate-200 bg-white">
            <h2 id="andere-dagen" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Dagen met andere lestijden {year.name}</h2>
            {bells.dates.length === 0 ? <p className="px-4 py-3 text-slate-700">Geen dagen met andere lestijden.</p> : (
              <ul className="divide-y divide-slate-100">
                {bells.dates.map((d) => (
                  <li key={d.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                    <span><span className="font-medium">{longDate(d.date)}</span> <span className="text-slate-700">· {d.scheduleName}</span></span>
                    {d.date >= tomorrow ? <RemoveScheduleDateForm dateUseId={d.id} label={`${longDate(d.date)}: ${d.scheduleName}`} /> : null}
                  </li>
                ))}
              </ul>
            )}
            <div className="border-t border-slate-200 px-4 py-3">
              <ScheduleDateForm yearId={year.id} schedules={bells.schedules} tomorrow={tomorrow} max={year.endDate} />
            </div>
          </section>
        </>
      ) : <p className="text-slate-700">Maak eerst een schooljaar aan op de <Link href="/beheer/kalender" className="text-blue-800 underline">kalender</Link>.</p>}
      {bells.schedules.map((s) => <BellScheduleCard key={s.id} schedule={s} tomorrow={tomorrow} />)}
      <section aria-labelledby="nieuwe-tabel" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="nieuwe-tabel" className="mb-3 text-lg font-semibold">Lestijdentabel toevoegen</h2>
        <AddScheduleForm schedules={bells.schedules} />
      </section>
    </div>
  );
}
