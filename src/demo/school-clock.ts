import { TZDate } from "@date-fns/tz";

/**
 * Turns (school date, minutes after midnight) into an ISO instant in UTC, in
 * the school's time zone. The offset is computed once per date: lessons are
 * in the daytime, and Dutch clocks change at night.
 *
 * @example createSchoolClock("Europe/Amsterdam")("2026-11-23", 510) // "2026-11-23T07:30:00.000Z"
 */
export function createSchoolClock(timeZone: string): (date: string, minutes: number) => string {
  // Per date: midnight of that date in the school's zone, as epoch milliseconds.
  const midnights = new Map<string, number>();
  return (date, minutes) => {
    let midnight = midnights.get(date);
    if (midnight === undefined) {
      const [y, m, d] = date.split("-").map(Number) as [number, number, number];
      const noon = new TZDate(y, m - 1, d, 12, 0, timeZone);
      midnight = Date.UTC(y, m - 1, d) - (Date.UTC(y, m - 1, d, 12, 0) - noon.getTime());
      midnights.set(date, midnight);
    }
    return new Date(midnight + minutes * 60_000).toISOString();
  };
}
