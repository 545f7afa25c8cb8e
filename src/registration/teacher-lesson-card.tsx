import Link from "next/link";
import type { LessonSummary } from "./server/list-lessons";
import { LessonTime } from "@/ui/lesson-time";

/** One lesson in a list; opens its register in one tap (a cancelled lesson has none). */
export function TeacherLessonCard({ lesson, current = false, showTeacher = false }: { lesson: LessonSummary; current?: boolean; showTeacher?: boolean }) {
  const state = lesson.cancelled
    ? { text: "Vervallen", className: "bg-slate-200 text-slate-800" }
    : lesson.fullyRegistered
      ? { text: "Geregistreerd", className: "bg-green-100 text-green-900" }
      : lesson.marked > 0
        ? { text: `${lesson.marked} van ${lesson.pupils} geregistreerd`, className: "bg-amber-100 text-amber-900" }
        : { text: "Nog niet geregistreerd", className: "bg-slate-100 text-slate-800" };
  const title = `${lesson.period}e uur · ${lesson.groupName} · ${lesson.subjectName}`;
  const body = (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-lg font-semibold">{title}</h3>
        <span className={`rounded-full px-2 py-0.5 text-sm ${state.className}`}>{state.text}</span>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        <LessonTime startMinutes={lesson.startMinutes} endMinutes={lesson.endMinutes} />
        {lesson.room ? ` · lokaal ${lesson.room}` : ""} · {lesson.pupils} leerlingen
        {showTeacher && lesson.teacherName ? ` · ${lesson.teacherName}` : ""}
        {lesson.cancelled && lesson.cancelReason ? ` · ${lesson.cancelReason}` : ""}
      </p>
    </>
  );
  const frame = `block rounded-lg border bg-white p-4 ${current ? "border-blue-700 ring-2 ring-blue-700" : "border-slate-200"}`;
  return (
    <article aria-label={title}>
      {lesson.cancelled ? (
        <div className={frame}>{body}</div>
      ) : (
        <Link href={`/docent/les/${lesson.id}`} className={`${frame} hover:border-blue-700 focus:outline-none focus:ring-2 focus:ring-blue-700`}>
          {body}
        </Link>
      )}
    </article>
  );
}
