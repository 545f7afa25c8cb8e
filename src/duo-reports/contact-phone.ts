/**
 * Whole years of age on a date (ISO dates): the birthday itself counts.
 *
 * @example ageOn("2008-11-23", "2026-11-23") // 18
 * @example ageOn("2008-02-29", "2026-02-28") // 17: a leap-day birthday comes on 1 March
 */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/**
 * DUO's "telefoonnummer ouder of leerling": from 18 the pupil's own number
 * (the pupil is the one the municipality talks to, and decides what the
 * parents see); before 18 a guardian's, the primary contact first, and the
 * pupil's own only when no guardian has one.
 *
 * @example contactPhoneFor({ birthDate: "2012-05-01", phone: null }, [{ phone: "06-1", primaryContact: false }], { today: "2026-11-23" }) // "06-1"
 */
export function contactPhoneFor(
  pupil: { birthDate: string; phone: string | null },
  guardians: readonly { phone: string | null; primaryContact: boolean }[],
  options: { today: string },
): string | null {
  if (ageOn(pupil.birthDate, options.today) >= 18) return pupil.phone;
  const ordered = [...guardians].sort((a, b) => Number(b.primaryContact) - Number(a.primaryContact));
  return ordered.find((g) => g.phone)?.phone ?? pupil.phone;
}
