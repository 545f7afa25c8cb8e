export interface PlannedLesson {
  id: string;
  date: string; // YYYY-MM-DD
  cancelled: boolean;
  cancelledByEventId: string | null;
}

export interface DayOffEvent {
  id: string;
  name: string;
  startDate: string; // inclusive
  endDate: string; // inclusive
}

export interface LessonCalendarPlan {
  /** Lessons that fall on a day off: cancelled with the event's name as the reason. */
  cancel: { lessonId: string; date: string; eventId: string; reason: string }[];
  /** Lessons an event had cancelled whose day is a school day again. */
  restore: { lessonId: string; date: string }[];
}

/**
 * What the school's days off (holidays, study days) mean for its lessons (decision 150): a lesson on a day
 * off is cancelled by the first event that covers it; a lesson that an event cancelled comes back once no
 * event covers its day any more. A lesson cancelled for another reason (by the timetable) is never touched.
 * Running the plan on its own result plans nothing.
 *
 * @example
 * // A study day moved from Tuesday to Wednesday: Tuesday's lessons come back, Wednesday's are cancelled.
 * lessonCalendarPlan([tuesdayLessonCancelledByIt, wednesdayLesson], [{ id, name: "Studiedag", startDate: "2027-03-10", endDate: "2027-03-10" }])
 * // → { cancel: [wednesdayLesson…], restore: [tuesdayLesson…] }
 */
export function lessonCalendarPlan(lessons: readonly PlannedLesson[], events: readonly DayOffEvent[]): LessonCalendarPlan {
  const ordered = [...events].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id.localeCompare(b.id));
  const plan: LessonCalendarPlan = { cancel: [], restore: [] };
  for (const lesson of lessons) {
    const covering = ordered.find((event) => event.startDate <= lesson.date && lesson.date <= event.endDate);
    if (lesson.cancelledByEventId !== null) {
      if (!covering) plan.restore.push({ lessonId: lesson.id, date: lesson.date });
      else if (covering.id !== lesson.cancelledByEventId) plan.cancel.push({ lessonId: lesson.id, date: lesson.date, eventId: covering.id, reason: covering.name });
    } else if (!lesson.cancelled && covering) {
      plan.cancel.push({ lessonId: lesson.id, date: lesson.date, eventId: covering.id, reason: covering.name });
    }
  }
  return plan;
}
