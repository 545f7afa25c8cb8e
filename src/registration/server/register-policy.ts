import "server-only";
import type { Actor } from "@/auth/load-actor";
import { appNow } from "@/calendar/app-clock";

export type RegisterPolicy = { timeZone: string; now: Date; correctionDays: number };

/** What the register needs of the school: its clock and how long teachers may correct their own marks (loaded with the actor). */
export function registerPolicy(actor: Actor): RegisterPolicy {
  return { timeZone: actor.schoolTimeZone, now: appNow(), correctionDays: actor.teacherCorrectionDays };
}
