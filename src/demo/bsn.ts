import type { Rng } from "./random";

/**
 * Whether nine digits pass the BSN "elfproef": 9·d1 + 8·d2 + … + 2·d8 − d9
 * is divisible by 11 (and the number is not all zeros).
 *
 * @example isValidBsn("111222333") // true
 */
export function isValidBsn(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === "000000000") return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(bsn[i]);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

/**
 * A random valid-looking BSN (passes the elfproef) that is not in `used`;
 * it is added to `used`. Demo numbers start with 9 so they are easy to spot.
 */
export function randomBsn(rng: Rng, used: Set<string>): string {
  for (;;) {
    const digits = [9, ...Array.from({ length: 7 }, () => rng.int(0, 9))];
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * digits[i]!;
    const check = sum % 11; // d9 must equal sum mod 11
    if (check === 10) continue;
    const bsn = [...digits, check].join("");
    if (used.has(bsn)) continue;
    used.add(bsn);
    return bsn;
  }
}
