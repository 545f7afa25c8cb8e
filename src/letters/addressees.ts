import type { LetterKind } from "@/db/generated/prisma/enums";
import { ADULT_FROM, PUPIL_JOINS_AT } from "@/case-file/conversation-participants";

export interface TAddressees {
  /** "Beste ouder(s)/verzorger(s) van Sanne" — the {{aanhef}} placeholder. */
  salutation: string;
  /** The address block at the top of the letter: who, then where (when the address is known). */
  lines: string[];
}

/**
 * Who a letter is addressed to. Letters go to the parents/guardians; the
 * notification of a DUO report also goes to the pupil from 12 (DOMAIN.md:
 * "the school must tell the parents, and the pupil from 12"); from 18 the
 * pupil is addressed alone, since the parents no longer answer for them.
 *
 * The postal address (the guardians', see `postalAddressLines`) follows the
 * names; a pupil of 18 or older is written to without one, since we do not
 * know the pupil's own address.
 *
 * @example letterAddressees("DUO_NOTIFICATION", { firstName: "Sanne", fullName: "Sanne de Vries", age: 13 }, ["Anna de Vries"]).salutation
 * // "Beste ouder(s)/verzorger(s) van Sanne, beste Sanne"
 */
export function letterAddressees(
  kind: LetterKind, pupil: { firstName: string; fullName: string; age: number }, guardians: readonly string[], postalAddress: readonly string[] | null = null,
): TAddressees {
  if (kind === "LEAVE_REFERRAL") return { salutation: "Geachte leerplichtambtenaar", lines: ["Aan de leerplichtambtenaar", `Betreft: ${pupil.fullName}`] };
  if (pupil.age >= ADULT_FROM) return { salutation: `Beste ${pupil.firstName}`, lines: [pupil.fullName] };
  const parents = [`Aan de ouder(s)/verzorger(s) van ${pupil.fullName}`, ...guardians.map((name) => `t.a.v. ${name}`)];
  const address = postalAddress ?? [];
  if (kind === "DUO_NOTIFICATION" && pupil.age >= PUPIL_JOINS_AT) {
    return { salutation: `Beste ouder(s)/verzorger(s) van ${pupil.firstName}, beste ${pupil.firstName}`, lines: [...parents, `en aan ${pupil.fullName}`, ...address] };
  }
  return { salutation: `Beste ouder(s)/verzorger(s) van ${pupil.firstName}`, lines: [...parents, ...address] };
}

/** "Anna de Vries en Karim de Vries"; null without guardians. */
export function joinNames(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} en ${names.at(-1)}`;
}
