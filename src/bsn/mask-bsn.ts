/**
 * A BSN as screens show it: only the last four digits (decision 111), enough
 * to check that the right pupil is on screen, too few to use the number.
 *
 * @example maskBsn("123456782") // "•••••6782"
 */
export function maskBsn(bsn: string): string {
  return `•••••${bsn.slice(-4)}`;
}
