import type { Metadata } from "next";
import Link from "next/link";
import { requirePagePermission } from "@/auth/guard";
import { can } from "@/auth/permissions";
import { dutchDate, schoolMinutesNow, schoolToday } from "@/calendar/school-time";
import { parseDateParam } from "@/calendar/parse-date-param";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { listLessons } from "@/registration/server/list-lessons";
import { orderLessonsForNow } from "@/registration/order-lessons-for-now";
import { TeacherLessonCard } from "@/registration/teacher-lesson-card";
import { DayNavigation } from "@/ui/day-navigation";

export const metadata: Metadata = { title: "Mijn lessen · Aanwezig" };

export default async function TeacherStartPage({ searchParams }: { searchParams: Promise<{ datum?: string | string[] }> }) {
  const actor = await requirePagePermission("lessons:view-own");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const date = parseDateParam((await searchParams).datum, { fallback: today, latest: today });
  const lessons = actor.staffId ? await listLessons({ schoolId: actor.schoolId, staffId: actor.staffId, date }) : [];
  // On another day nothing is "now": the day's lessons in order.
  const { current, upcoming, past } = orderLessonsForNow(lessons, date === today ? schoolMinutesNow(timeZone, now) : -1);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">Mijn lessen</h1>
          <p className="text-slate-700">{date === today ? "Vandaag" : "Op"}, {dutchDate(date)}</p>
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
