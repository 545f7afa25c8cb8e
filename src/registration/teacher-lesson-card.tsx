import type { TeacherLesson } from "./server/list-teacher-lessons";
import { LessonTime } from "@/ui/lesson-time";

export function TeacherLessonCard({ lesson, current = false }: { lesson: TeacherLesson; current?: boolean }) {
  const state = lesson.cancelled
    ? { text: "Vervallen", className: "bg-slate-200 text-slate-800" }
    : lesson.fullyRegistered
      ? { text: "Geregistreerd", className: "bg-green-100 text-green-900" }
      : lesson.marked > 0
        ? { text: `${lesson.marked} van ${lesson.pupils} geregistreerd`, className: "bg-amber-100 text-amber-900" }
        : { text: "Nog niet geregistreerd", className: "bg-slate-100 text-slate-800" };
  return (
    <article
      aria-label={`${lesson.period}e uur, ${lesson.groupName}, ${lesson.subjectName}`}
      className={`rounded-lg border bg-white p-4 ${current ? "border-blue-700 ring-2 ring-blue-700" : "border-slate-200"}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-lg font-semibold">
          {lesson.period}e uur · {lesson.groupName} · {lesson.subjectName}
        </h3>
        <span className={`rounded-full px-2 py-0.5 text-sm ${state.className}`}>{state.text}</span>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        <LessonTime startMinutes={lesson.startMinutes} endMinutes={lesson.endMinutes} />
        {lesson.room ? ` · lokaal ${lesson.room}` : ""} · {lesson.pupils} leerlingen
        {lesson.cancelled && lesson.cancelReason ? ` · ${lesson.cancelReason}` : ""}
      </p>
    </article>
  );
}
