import { clockTime } from "@/calendar/school-time";
import type { LessonAccess } from "./may-change-lesson";

type Refusal = Extract<LessonAccess, { allowed: false }>;

const MESSAGES: Record<Exclude<Refusal["reason"], "NOT_STARTED">, string> = {
  FUTURE: "Deze les is nog niet begonnen: je kunt alleen lessen van vandaag of eerder registreren.",
  TOO_OLD: "Deze les is te lang geleden om zelf te wijzigen. Vraag de verzuimcoördinator om de correctie.",
  NOT_TODAY_SUBSTITUTE: "Een les van een collega kun je alleen op de dag zelf registreren.",
  CANCELLED: "Deze les is vervallen; er valt niets te registreren.",
};

/** Why a lesson cannot be changed, in Dutch; `startMinutes` is the lesson's start (minutes since midnight). */
export function accessMessage(refusal: Refusal, { startMinutes }: { startMinutes: number }): string {
  if (refusal.reason === "NOT_STARTED") {
    return `Deze les begint om ${clockTime(startMinutes)}; registreren kan vanaf ${clockTime(refusal.opensAtMinutes)}.`;
  }
  return MESSAGES[refusal.reason];
}
