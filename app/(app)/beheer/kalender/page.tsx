import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { longDate } from "@/calendar/long-date";
import { schoolToday } from "@/calendar/school-time";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { EventForm } from "@/school-calendar/event-form";
import { NextYearForm } from "@/school-calendar/next-year-form";
import { schoolYearStartOf } from "@/school-calendar/school-year-of";
import { getYearCalendar } from "@/school-calendar/server/get-year-calendar";
import { listSchoolYears } from "@/school-calendar/server/list-school-years";
import { YearEvents } from "@/school-calendar/year-events";

export const metadata: Metadata = { title: "Kalender · Beheer · Aanwezig" };

/** Beheer → Kalender: the school years, and one year's holidays and free days (add, change, remove). */
export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ jaar?: string | string[] }> }) {
  const actor = await requirePagePermission("school:configure");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const years = await listSchoolYears({ schoolId: actor.schoolId });
  const asked = (await searchParams).jaar;
  const year = years.find((y) => y.id === asked) ?? years.find((y) => y.startDate <= today && today <= y.endDate) ?? years[0];
  const events = year ? await getYearCalendar({ schoolId: actor.schoolId, yearId: year.id }) : null;
  const hasCurrent = years.some((y) => y.startDate <= today && today <= y.endDate);
  const nextStart = schoolYearStartOf(today) + (hasCurrent ? 1 : 0);

  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm"><Link href="/beheer" className="text-blue-800 underline">← Beheer</Link></p>
        <h1 className="text-2xl font-semibold">Kalender</h1>
        <p className="text-slate-700">
          Vakanties, studiedagen en vrije dagen. Lessen op een vrije dag vervallen; hun registraties blijven bewaard. Haal je de dag weg, dan gaan
          de lessen weer door. <Link href="/beheer/kalender/lestijden" className="text-blue-800 underline">Lestijden en verkorte roosters</Link>
        </p>
      </div>
      <section aria-labelledby="schooljaren" className="rounded-lg border border-slate-200 bg-white">
        <h2 id="schooljaren" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Schooljaren</h2>
        <ul className="divide-y divide-slate-100">
          {years.map((y) => (
            <li key={y.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-2">
              <Link href={`/beheer/kalender?jaar=${y.id}`} aria-current={y.id === year?.id ? "page" : undefined} className="font-medium text-blue-800 underline aria-[current=page]:font-semibold aria-[current=page]:text-slate-900 aria-[current=page]:no-underline">
                {y.name}
              </Link>
              <span className="text-sm text-slate-700">{longDate(y.startDate)} t/m {longDate(y.endDate)} · {y.holidays} vakanties · {y.freeDays} vrije dagen</span>
            </li>
          ))}
        </ul>
        <div className="space-y-2 border-t border-slate-200 px-4 py-3">
          <p className="text-sm text-slate-700">Het nieuwe jaar krijgt de lestijden per weekdag van het huidige jaar en de schoolvakanties van jullie regio.</p>
          <NextYearForm name={`${nextStart}-${nextStart + 1}`} />
        </div>
      </section>
      {year && events ? (
        <>
          <section aria-labelledby="vrije-dagen" className="rounded-lg border border-slate-200 bg-white">
            <h2 id="vrije-dagen" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">Vakanties en vrije dagen {year.name}</h2>
            <YearEvents yearId={year.id} events={events} min={year.startDate} max={year.endDate} />
          </section>
          <section aria-labelledby="vrije-dag" className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="vrije-dag" className="mb-3 text-lg font-semibold">Studiedag of vrije dag toevoegen</h2>
            <EventForm yearId={year.id} min={year.startDate} max={year.endDate} />
          </section>
        </>
      ) : (
        <p className="text-slate-700">Er is nog geen schooljaar. Maak het eerste schooljaar aan met de knop hierboven.</p>
      )}
    </div>
  );
}
