import type { Region } from "@/db/generated/prisma/enums";
import { KNOWN_SCHOOL_YEARS, schoolHolidays, type SchoolHoliday } from "@/calendar/school-holidays";

export interface NextSchoolYear {
  name: string; // "2027-2028"
  startDate: string; // 1 August
  endDate: string; // 31 July
  /** The weekday uses of the year before, copied; date uses (single shortened days) belong to their own year. */
  weekdayUses: { weekday: number; bellScheduleId: string }[];
  /** The ministry's holidays of the region, or null when the table does not know this year yet. */
  holidays: SchoolHoliday[] | null;
}

/**
 * The school year after `previous` (the school's latest): 1 August – 31 July, named "2027-2028", with the
 * bell schedules of its weekdays copied and the region's holidays filled in where they are known.
 *
 * @example
 * nextSchoolYear({ startDate: "2026-08-01" }, [{ weekday: 3, bellScheduleId: "kort", date: null }], "MIDDLE")
 * // { name: "2027-2028", startDate: "2027-08-01", endDate: "2028-07-31", weekdayUses: [{ weekday: 3, bellScheduleId: "kort" }], holidays: [...] }
 */
export function nextSchoolYear(
  previous: { startDate: string },
  uses: readonly { weekday: number | null; date: unknown; bellScheduleId: string }[],
  region: Region,
): NextSchoolYear {
  const start = Number(previous.startDate.slice(0, 4)) + 1;
  const weekdayUses = uses
    .filter((use): use is { weekday: number; date: null; bellScheduleId: string } => use.weekday !== null && use.date == null)
    .map(({ weekday, bellScheduleId }) => ({ weekday, bellScheduleId }))
    .sort((a, b) => a.weekday - b.weekday);
  return {
    name: `${start}-${start + 1}`,
    startDate: `${start}-08-01`,
    endDate: `${start + 1}-07-31`,
    weekdayUses,
    holidays: KNOWN_SCHOOL_YEARS.includes(start) ? schoolHolidays(region, start) : null,
  };
}
