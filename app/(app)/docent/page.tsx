import type { Metadata } from "next";
import { requirePagePermission } from "@/auth/guard";
import { dutchDate, schoolMinutesNow, schoolToday } from "@/calendar/school-time";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { listTeacherLessons } from "@/registration/server/list-teacher-lessons";
import { orderLessonsForNow } from "@/registration/order-lessons-for-now";
import { TeacherLessonCard } from "@/registration/teacher-lesson-card";

export const metadata: Metadata = { title: "Mijn lessen · Aanwezig" };

export default async function TeacherStartPage() {
  const actor = await requirePagePermission("lessons:view-own");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const lessons = actor.staffId ? await listTeacherLessons({ schoolId: actor.schoolId, staffId: actor.staffId, date: today }) : [];
  const { current, upcoming, past } = orderLessonsForNow(lessons, schoolMinutesNow(timeZone, now));

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Mijn lessen</h1>
        <p className="text-slate-700">Vandaag, {dutchDate(today)}</p>
      </div>
      {lessons.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4">Je hebt vandaag geen lessen.</p>
      ) : null}
      {current ? (
        <section aria-labelledby="nu">
          <h2 id="nu" className="mb-2 text-sm font-semibold uppercase tracking-wide text-blue-800">Nu</h2>
          <TeacherLessonCard lesson={current} current />
        </section>
      ) : null}
      {upcoming.length > 0 ? (
        <section aria-labelledby="straks" className="space-y-3">
          <h2 id="straks" className="text-sm font-semibold uppercase tracking-wide text-slate-700">Straks</h2>
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
