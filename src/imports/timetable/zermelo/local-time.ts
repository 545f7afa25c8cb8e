import { tzOffset } from "@date-fns/tz";

/**
 * A reader of Unix seconds as the school's date and minutes after midnight. Time-zone offsets change
 * only on whole UTC hours, so the offset is looked up once per hour of the file, not once per
 * appointment (a year of a big school is 100,000 appointments).
 *
 * @example
 * localTimeReader("Europe/Amsterdam")(1795420800) // → { date: "2026-11-23", minutes: 540 } (09:00, winter time)
 */
export function localTimeReader(timeZone: string): (unixSeconds: number) => { date: string; minutes: number } {
  const offsets = new Map<number, number>();
  return (unixSeconds) => {
    const hour = Math.floor(unixSeconds / 3600);
    let offset = offsets.get(hour);
    if (offset === undefined) {
      offset = tzOffset(timeZone, new Date(hour * 3600 * 1000));
      offsets.set(hour, offset);
    }
    const local = new Date((unixSeconds + offset * 60) * 1000);
    return { date: local.toISOString().slice(0, 10), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
  };
}
