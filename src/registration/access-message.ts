import type { LessonAccess } from "./may-change-lesson";

type Reason = Extract<LessonAccess, { allowed: false }>["reason"];

const MESSAGES: Record<Reason, string> = {
  FUTURE: "Deze les is nog niet begonnen: je kunt alleen lessen van vandaag of eerder registreren.",
  TOO_OLD: "Deze les is te lang geleden om zelf te wijzigen. Vraag de verzuimcoördinator om de correctie.",
  NOT_TODAY_SUBSTITUTE: "Een les van een collega kun je alleen op de dag zelf registreren.",
  CANCELLED: "Deze les is vervallen; er valt niets te registreren.",
};

export function accessMessage(reason: Reason): string {
  return MESSAGES[reason];
}
