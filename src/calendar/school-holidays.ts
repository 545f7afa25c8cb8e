import type { Region } from "@/db/generated/prisma/enums";

export interface SchoolHoliday {
  name: string;
  start: string; // inclusive, YYYY-MM-DD
  end: string; // inclusive
}

type Period = readonly [start: string, end: string];
type PerRegion = Readonly<Record<Region, Period>>;

// The national school holidays (Rijksoverheid, "Overzicht schoolvakanties per
// schooljaar"), per school year (keyed by the year it starts) and region.
// Summer and Christmas are set by the ministry; autumn and spring are its
// advice, which most schools follow. Sources and what could not be verified:
// docs/decisions/030-demo-data-and-school-calendar.md.
const TABLE: Readonly<Record<number, Readonly<Record<string, PerRegion>>>> = {
  2025: {
    Herfstvakantie: { NORTH: ["2025-10-18", "2025-10-26"], MIDDLE: ["2025-10-18", "2025-10-26"], SOUTH: ["2025-10-11", "2025-10-19"] },
    Kerstvakantie: { NORTH: ["2025-12-20", "2026-01-04"], MIDDLE: ["2025-12-20", "2026-01-04"], SOUTH: ["2025-12-20", "2026-01-04"] },
    Voorjaarsvakantie: { NORTH: ["2026-02-21", "2026-03-01"], MIDDLE: ["2026-02-14", "2026-02-22"], SOUTH: ["2026-02-14", "2026-02-22"] },
    Meivakantie: { NORTH: ["2026-04-25", "2026-05-03"], MIDDLE: ["2026-04-25", "2026-05-03"], SOUTH: ["2026-04-25", "2026-05-03"] },
    Zomervakantie: { NORTH: ["2026-07-04", "2026-08-16"], MIDDLE: ["2026-07-18", "2026-08-30"], SOUTH: ["2026-07-11", "2026-08-23"] },
  },
  2026: {
    Herfstvakantie: { NORTH: ["2026-10-10", "2026-10-18"], MIDDLE: ["2026-10-17", "2026-10-25"], SOUTH: ["2026-10-17", "2026-10-25"] },
    Kerstvakantie: { NORTH: ["2026-12-19", "2027-01-03"], MIDDLE: ["2026-12-19", "2027-01-03"], SOUTH: ["2026-12-19", "2027-01-03"] },
    Voorjaarsvakantie: { NORTH: ["2027-02-20", "2027-02-28"], MIDDLE: ["2027-02-20", "2027-02-28"], SOUTH: ["2027-02-13", "2027-02-21"] },
    Meivakantie: { NORTH: ["2027-04-24", "2027-05-02"], MIDDLE: ["2027-04-24", "2027-05-02"], SOUTH: ["2027-04-24", "2027-05-02"] },
    Zomervakantie: { NORTH: ["2027-07-10", "2027-08-22"], MIDDLE: ["2027-07-17", "2027-08-29"], SOUTH: ["2027-07-24", "2027-09-05"] },
  },
  2027: {
    Herfstvakantie: { NORTH: ["2027-10-16", "2027-10-24"], MIDDLE: ["2027-10-16", "2027-10-24"], SOUTH: ["2027-10-23", "2027-10-31"] },
    Kerstvakantie: { NORTH: ["2027-12-25", "2028-01-09"], MIDDLE: ["2027-12-25", "2028-01-09"], SOUTH: ["2027-12-25", "2028-01-09"] },
    Voorjaarsvakantie: { NORTH: ["2028-02-19", "2028-02-27"], MIDDLE: ["2028-02-26", "2028-03-05"], SOUTH: ["2028-02-26", "2028-03-05"] },
    Meivakantie: { NORTH: ["2028-04-29", "2028-05-07"], MIDDLE: ["2028-04-29", "2028-05-07"], SOUTH: ["2028-04-29", "2028-05-07"] },
    Zomervakantie: { NORTH: ["2028-07-15", "2028-08-27"], MIDDLE: ["2028-07-08", "2028-08-20"], SOUTH: ["2028-07-22", "2028-09-03"] },
  },
};

// Only its August tail falls in school year 2025-2026.
const SUMMER_2025: PerRegion = { NORTH: ["2025-07-12", "2025-08-24"], MIDDLE: ["2025-07-19", "2025-08-31"], SOUTH: ["2025-07-05", "2025-08-17"] };

/** The school years `schoolHolidays` knows, by the year they start. */
export const KNOWN_SCHOOL_YEARS: readonly number[] = Object.keys(TABLE).map(Number);

/**
 * The school holidays of a region that fall in the school year starting on
 * 1 August of `schoolYearStart`, clipped to that school year (1 August –
 * 31 July), in date order. The summer holiday appears twice over two school
 * years: its August tail opens one year, its July head closes the previous.
 *
 * @example
 * schoolHolidays("MIDDLE", 2026)[0] // { name: "Zomervakantie", start: "2026-08-01", end: "2026-08-30" }
 * @throws RangeError for a school year whose dates are not in the table.
 */
export function schoolHolidays(region: Region, schoolYearStart: number): SchoolHoliday[] {
  const year = TABLE[schoolYearStart];
  if (!year) {
    throw new RangeError(`no school holidays known for ${schoolYearStart}-${schoolYearStart + 1} (known: ${KNOWN_SCHOOL_YEARS.join(", ")})`);
  }
  const yearStart = `${schoolYearStart}-08-01`;
  const yearEnd = `${schoolYearStart + 1}-07-31`;
  const previousSummer = TABLE[schoolYearStart - 1]?.Zomervakantie ?? (schoolYearStart === 2025 ? SUMMER_2025 : undefined);
  const periods: [string, Period][] = [];
  if (previousSummer) periods.push(["Zomervakantie", previousSummer[region]]);
  for (const [name, perRegion] of Object.entries(year)) periods.push([name, perRegion[region]]);
  return periods
    .filter(([, [start, end]]) => end >= yearStart && start <= yearEnd)
    .map(([name, [start, end]]) => ({
      name,
      start: start < yearStart ? yearStart : start,
      end: end > yearEnd ? yearEnd : end,
    }))
    .sort((a, b) => a.start.localeCompare(b.start));
}
