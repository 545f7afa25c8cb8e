export interface CalendarImpact {
  /** Lessons that would be cancelled, and their registrations with a mark (kept, no longer counted). */
  cancelledLessons: number;
  markedRegistrations: number;
  /** Lessons an event had cancelled that would take place again. */
  restoredLessons: number;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Whether a change touches lessons, so that the administrator must see and confirm it first. */
export function needsConfirmation(impact: CalendarImpact): boolean {
  return impact.cancelledLessons > 0 || impact.restoredLessons > 0;
}

/**
 * The confirmation question for a calendar change (decision 150), in Dutch.
 *
 * @example
 * impactText({ cancelledLessons: 38, markedRegistrations: 120, restoredLessons: 0 })
 * // "Op deze dagen zijn 38 lessen met 120 registraties. De lessen vervallen; de registraties blijven bewaard maar tellen niet mee voor verzuim."
 */
export function impactText(impact: CalendarImpact): string {
  const parts: string[] = [];
  if (impact.cancelledLessons > 0) {
    const registrations = impact.markedRegistrations > 0 ? `met ${count(impact.markedRegistrations, "registratie", "registraties")}` : "nog zonder registraties";
    parts.push(`Op deze dagen ${impact.cancelledLessons === 1 ? "is" : "zijn"} ${count(impact.cancelledLessons, "les", "lessen")} ${registrations}.`);
    parts.push(impact.markedRegistrations > 0
      ? `${impact.cancelledLessons === 1 ? "De les vervalt" : "De lessen vervallen"}; de registraties blijven bewaard maar tellen niet mee voor verzuim.`
      : `${impact.cancelledLessons === 1 ? "De les vervalt" : "De lessen vervallen"}.`);
  }
  if (impact.restoredLessons > 0) {
    const one = impact.restoredLessons === 1;
    parts.push(`${count(impact.restoredLessons, "les", "lessen")} ${one ? "gaat" : "gaan"} weer door; wat er al geregistreerd was, telt dan weer mee.`);
  }
  return parts.join(" ");
}

/** A short token of the change and its impact: a confirmation counts only for what was shown. */
export function impactToken(change: string, impact: CalendarImpact): string {
  return `${change}|${impact.cancelledLessons}|${impact.markedRegistrations}|${impact.restoredLessons}`;
}
