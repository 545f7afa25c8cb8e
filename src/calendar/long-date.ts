const LONG = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** "23 november 2026" for "2026-11-23". */
export function longDate(isoDate: string): string {
  return LONG.format(new Date(`${isoDate}T00:00:00.000Z`));
}
