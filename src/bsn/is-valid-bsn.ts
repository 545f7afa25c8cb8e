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
