/**
 * A Dutch postcode written as letters show it, "1234 AB", from any of the ways files write it
 * ("1234ab", "1234  AB"). Null when it is not a Dutch postcode (the first digit is never 0).
 *
 * @example normalisePostcode("3811ab") // "3811 AB"
 */
export function normalisePostcode(text: string): string | null {
  const match = /^([1-9]\d{3})\s*([a-zA-Z]{2})$/.exec(text.trim());
  return match ? `${match[1]} ${match[2]!.toUpperCase()}` : null;
}
