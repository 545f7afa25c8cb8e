/** Who took part in a conversation (waarom-gesprek) about a pupil's absence. */
export interface TParticipants {
  parents: boolean;
  pupil: boolean;
}

/** The ages at which the domain rule changes (DOMAIN.md, case file). */
export const PUPIL_JOINS_AT = 12;
export const PUPIL_ALONE_FROM = 16;
export const ADULT_FROM = 18;

/**
 * Why these participants do not fit a conversation with a pupil of this age,
 * or null when they do. The rule (DOMAIN.md): the conversation is held with
 * the parents, and the pupil takes part from 12; from 16 it may be held with
 * the pupil alone. From 18 the parents no longer answer for the pupil, so the
 * pupil has to take part. A conversation with the parents only stays allowed
 * between 12 and 18 (a phone call with a parent is still a conversation).
 *
 * @example conversationParticipantsProblem(15, { parents: false, pupil: true })
 * // "Sanne is 15: tot 16 jaar voer je het gesprek ook met de ouders. Alleen met de leerling kan vanaf 16 jaar."
 */
export function conversationParticipantsProblem(age: number, who: TParticipants, options: { firstName: string }): string | null {
  if (!who.parents && !who.pupil) return "Kies met wie je het gesprek voerde: de ouders, de leerling of allebei.";
  if (who.pupil && !who.parents && age < PUPIL_ALONE_FROM) {
    return `${options.firstName} is ${age}: tot ${PUPIL_ALONE_FROM} jaar voer je het gesprek ook met de ouders. Alleen met de leerling kan vanaf ${PUPIL_ALONE_FROM} jaar.`;
  }
  if (who.parents && !who.pupil && age >= ADULT_FROM) {
    return `${options.firstName} is ${age}: vanaf ${ADULT_FROM} jaar voer je het gesprek met de leerling zelf, eventueel samen met de ouders.`;
  }
  return null;
}

/** The hint shown beside the checkboxes, so the rule is known before saving. */
export function conversationParticipantsHint(age: number): string {
  if (age >= ADULT_FROM) return `De leerling is ${age}: het gesprek is met de leerling zelf; ouders alleen als de leerling dat wil.`;
  if (age >= PUPIL_ALONE_FROM) return `De leerling is ${age}: het gesprek kan met de leerling alleen, of samen met de ouders.`;
  if (age >= PUPIL_JOINS_AT) return `De leerling is ${age}: voer het gesprek met de ouders en de leerling.`;
  return `De leerling is ${age}: voer het gesprek met de ouders.`;
}

const CODES = { parents: "PARENTS", pupil: "PUPIL" } as const;

/** How `CaseEntry.participants` stores them: "PARENTS,PUPIL". */
export function encodeParticipants(who: TParticipants): string {
  return [who.parents ? CODES.parents : null, who.pupil ? CODES.pupil : null].filter(Boolean).join(",");
}

/** "ouders en leerling"; unknown codes (older or imported entries) are shown as they are. */
export function describeParticipants(stored: string | null): string | null {
  if (!stored) return null;
  const names = stored.split(",").map((code) => (code === CODES.parents ? "ouders" : code === CODES.pupil ? "leerling" : code.trim()));
  return names.length > 1 ? `${names.slice(0, -1).join(", ")} en ${names.at(-1)}` : (names[0] ?? null);
}
