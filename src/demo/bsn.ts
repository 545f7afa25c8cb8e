import type { Rng } from "./random";

// The elfproef is the product's own check (src/bsn); the demo uses it for its numbers.
export { isValidBsn } from "@/bsn/is-valid-bsn";

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
