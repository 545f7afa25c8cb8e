import "server-only";
import type { Actor } from "@/auth/load-actor";
import { can } from "@/auth/permissions";
import { schoolMinutesNow, schoolToday } from "@/calendar/school-time";
import { mayChangeLesson, type LessonAccess } from "../may-change-lesson";
import type { RegisterPolicy } from "./register-policy";

/** Whether this person may change the lesson's marks now (the lesson's date, its teacher, their role, the school's policy). */
export function lessonAccess(actor: Actor, lesson: { date: string; startMinutes: number; cancelled: boolean; staffId: string | null }, policy: RegisterPolicy): LessonAccess {
  return mayChangeLesson(
    { date: lesson.date, startMinutes: lesson.startMinutes, cancelled: lesson.cancelled, ownTeacher: lesson.staffId !== null && lesson.staffId === actor.staffId },
    { today: schoolToday(policy.timeZone, policy.now), nowMinutes: schoolMinutesNow(policy.timeZone, policy.now), correctionDays: policy.correctionDays, anyDate: can(actor, "register:correct-any") },
  );
}
