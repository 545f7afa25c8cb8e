import type { Metadata } from "next";
import { requirePagePermission } from "@/auth/guard";
import { can } from "@/auth/permissions";
import { dutchDate, schoolToday } from "@/calendar/school-time";
import { parseDateParam } from "@/calendar/parse-date-param";
import { getSchoolClock } from "@/school-settings/server/get-school-clock";
import { earliestColleagueDay } from "@/registration/may-read-lesson";
import { listLessons } from "@/registration/server/list-lessons";
import { TeacherLessonCard } from "@/registration/teacher-lesson-card";
import { DayNavigation } from "@/ui/day-navigation";
import { buttonClass, inputClass } from "@/ui/form-feedback";

export const metadata: Metadata = { title: "Les van een collega · Aanwezig" };

/** A substitute finds any lesson of the school by group or period and registers it. */
export default async function SchoolLessonsPage({ searchParams }: { searchParams: Promise<{ datum?: string | string[]; zoek?: string | string[] }> }) {
  const actor = await requirePagePermission("lessons:view-any");
  const { timeZone, now } = await getSchoolClock({ schoolId: actor.schoolId });
  const today = schoolToday(timeZone, now);
  const params = await searchParams;
  // A substitute reads a colleague's register only within the correction period (mayReadLesson): offer only those days.
  const earliest = can(actor, "register:correct-any") ? undefined : earliestColleagueDay(today, actor.teacherCorrectionDays);
  const date = parseDateParam(params.datum, { fallback: today, latest: today, earliest });
  const search = typeof params.zoek === "string" ? params.zoek.slice(0, 40) : "";
  const lessons = search ? await listLessons({ schoolId: actor.schoolId, date, search }) : [];

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Les van een collega</h1>
        <p className="text-slate-700">Invallen? Zoek de les op klas of lesuur, {date === today ? "vandaag" : dutchDate(date)}.</p>
      </div>
      <form role="search" className="flex flex-wrap items-end gap-2" action="/docent/lessen">
        {date !== today ? <input type="hidden" name="datum" value={date} /> : null}
        <div className="min-w-48 flex-1">
          <label htmlFor="zoek" className="block text-sm font-medium">Klas of lesuur</label>
          <input id="zoek" name="zoek" type="search" defaultValue={search} placeholder="bijvoorbeeld 2b of 3" className={inputClass} />
        </div>
        <button type="submit" className={buttonClass}>Zoeken</button>
      </form>
      <DayNavigation path="/docent/lessen" date={date} today={today} earliest={earliest} query={search ? { zoek: search } : {}} />
      {search && lessons.length === 0 ? <p className="rounded-lg border border-slate-200 bg-white p-4">Geen lessen gevonden voor ‘{search}’.</p> : null}
      <div className="space-y-3">
        {lessons.map((lesson) => <TeacherLessonCard key={lesson.id} lesson={lesson} showTeacher />)}
      </div>
    </div>
  );
}
