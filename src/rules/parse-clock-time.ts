import type { TMinutes } from "./minutes";

/**
 * Parses `HH:MM` (00:00 to 23:59) into minutes since midnight, or `undefined`.
 *
 * @example parseClockTime("08:30") // 510
 * @example parseClockTime("8:30") // undefined (two digits for the hour)
 */
export function parseClockTime(text: string): TMinutes | undefined {
  if (text.length !== 5 || text.charCodeAt(2) !== 58) return undefined;
  const h1 = text.charCodeAt(0) - 48;
  const h2 = text.charCodeAt(1) - 48;
  const m1 = text.charCodeAt(3) - 48;
  const m2 = text.charCodeAt(4) - 48;
  if (h1 < 0 || h1 > 2 || h2 < 0 || h2 > 9 || m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9) return undefined;
  const hours = h1 * 10 + h2;
  if (hours > 23) return undefined;
  return (hours * 60 + m1 * 10 + m2) as TMinutes;
}
