/** A guardian's postal address as stored; any part may be unknown until the school's import fills it. */
export interface TPostalAddress {
  street: string | null;
  postalCode: string | null;
  city: string | null;
}

/**
 * The address block of a letter: street and house number, then postcode and
 * city as PostNL asks (two spaces, the city in capitals). Taken from the
 * first guardian, in the order given (primary contact first), whose address
 * is complete; null when nobody's is, so the letter leaves the block out
 * rather than print half an address.
 *
 * @example postalAddressLines([{ street: "Kerkstraat 12a", postalCode: "3811ab", city: "Amersfoort" }])
 * // ["Kerkstraat 12a", "3811 AB  AMERSFOORT"]
 */
export function postalAddressLines(guardians: readonly TPostalAddress[]): string[] | null {
  for (const g of guardians) {
    const street = g.street?.trim();
    const city = g.city?.trim();
    const postalCode = g.postalCode?.replace(/\s+/g, "").toUpperCase();
    if (!street || !city || !postalCode) continue;
    const code = /^\d{4}[A-Z]{2}$/.test(postalCode) ? `${postalCode.slice(0, 4)} ${postalCode.slice(4)}` : postalCode;
    return [street, `${code}  ${city.toLocaleUpperCase("nl-NL")}`];
  }
  return null;
}
