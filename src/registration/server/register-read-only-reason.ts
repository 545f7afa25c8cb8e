import "server-only";
import type { Actor } from "@/auth/load-actor";
import { can } from "@/auth/permissions";
import { isoDate, schoolToday } from "@/calendar/school-time";
import { accessMessage } from "../access-message";
import { mayChangeLesson } from "../may-change-lesson";
import { findLessonForRegister } from "./get-lesson-register";

/** Why this person may look at but not change the lesson's register, or null. */
export async function registerReadOnlyReason({ actor, lessonId, timeZone, now, correctionDays }: {
  actor: Actor; lessonId: string; timeZone: string; now: Date; correctionDays: number;
}): Promise<string | null> {
  const lesson = await findLessonForRegister({ schoolId: actor.schoolId, lessonId });
  const access = mayChangeLesson(
    { date: isoDate(lesson.date), cancelled: lesson.cancelled, ownTeacher: lesson.staffId !== null && lesson.staffId === actor.staffId },
    { today: schoolToday(timeZone, now), correctionDays, anyDate: can(actor, "register:correct-any") },
  );
  return access.allowed ? null : accessMessage(access.reason);
}
