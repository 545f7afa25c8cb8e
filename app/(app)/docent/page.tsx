import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { can } from "@/auth/permissions";
import { clockTime, dutchDate, schoolMinutesNow, schoolToday } from "@/calendar/school-time";
import { parseDateParam } from "@/calendar/parse-date-param";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { listLessons } from "@/registration/server/list-lessons";
import { listOpenReminders } from "@/registration/server/list-open-reminders";
import { orderLessonsForNow } from "@/registration/order-lessons-for-now";
import { TeacherLessonCard } from "@/registration/teacher-lesson-card";
import { DayNavigation } from "@/ui/day-navigation";

export const metadata: Metadata = { title: "Mijn lessen · Aanwezig" };

export default async function TeacherStartPage({ searchParams }: { searchParams: Promise<{ datum?: string | string[] }> }) {
  const actor = await requirePagePermission("lessons:view-own");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const date = parseDateParam((await searchParams).datum, { fallback: today, latest: today });
  const [lessons, reminders] = actor.staffId
    ? await Promise.all([
        listLessons({ schoolId: actor.schoolId, staffId: actor.staffId, date }),
        listOpenReminders({ schoolId: actor.schoolId, staffId: actor.staffId, since: new Date(now.getTime() - 14 * 86_400_000) }),
      ])
    : [[], []];
  // On another day nothing is "now": the day's lessons in order.
  const { current, upcoming, past } = orderLessonsForNow(lessons, date === today ? schoolMinutesNow(timeZone, now) : -1);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Mijn lessen</h1>
          <p className="text-slate-700">{date === today ? `Vandaag, ${dutchDate(date)}` : capitalize(dutchDate(date))}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <DayNavigation path="/docent" date={date} today={today} />
          {can(actor, "lessons:view-any") ? (
            <Link href="/docent/lessen" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-100 focus:outline-none focus:ring-2 focus:ring-blue-700">
              Les van een collega
            </Link>
          ) : null}
        </div>
      </div>
      {reminders.length > 0 ? (
        <section aria-labelledby="herinnering" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
          <h2 id="herinnering" className="font-semibold text-amber-900">De verzuimcoördinator vraagt je deze lessen nog te registreren</h2>
          <ul className="mt-2 space-y-1">
            {reminders.map((r) => (
              <li key={r.lessonId}>
                <Link href={`/docent/les/${r.lessonId}`} className="text-blue-800 underline">
                  {dutchDate(r.date)} {clockTime(r.startMinutes)} ({r.period}e uur) · {r.groupName} · {r.subjectName}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {lessons.length === 0 ? <p className="rounded-lg border border-slate-200 bg-white p-4">Je hebt {date === today ? "vandaag" : "op deze dag"} geen lessen.</p> : null}
      {current ? (
        <section aria-labelledby="nu">
          <h2 id="nu" className="mb-2 text-sm font-semibold uppercase tracking-wide text-blue-800">Nu</h2>
          <TeacherLessonCard lesson={current} current />
        </section>
      ) : null}
      {upcoming.length > 0 ? (
        <section aria-labelledby="straks" className="space-y-3">
          <h2 id="straks" className="text-sm font-semibold uppercase tracking-wide text-slate-700">{date === today ? "Straks" : "Lessen"}</h2>
          {upcoming.map((lesson) => <TeacherLessonCard key={lesson.id} lesson={lesson} />)}
        </section>
      ) : null}
      {past.length > 0 ? (
        <section aria-labelledby="eerder" className="space-y-3">
          <h2 id="eerder" className="text-sm font-semibold uppercase tracking-wide text-slate-700">Eerder vandaag</h2>
          {past.map((lesson) => <TeacherLessonCard key={lesson.id} lesson={lesson} />)}
        </section>
      ) : null}
    </div>
  );
}

/** "Zondag 22 november": a day on its own starts the line. */
const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
