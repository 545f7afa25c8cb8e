import type { TDayStatusCount } from "./year-calendar";

export interface TAttendanceTotals {
  registeredLessons: number;
  presentLessons: number;
  unexcusedMinutes: number;
  excusedMinutes: number;
  lateCount: number;
}

const PRESENT = new Set(["PRESENT", "LATE_EXCUSED", "LATE_UNEXCUSED"]);
const EXCUSED = new Set(["SICK", "MEDICAL", "LEAVE", "SCHOOL_INITIATED", "OTHER_EXCUSED"]);
const UNEXCUSED = new Set(["ABSENT_UNEXCUSED", "ABSENT_UNKNOWN"]);

/** The year's figures above the calendar, from the same per-day rows (the same counting as the mentor's overview). */
export function attendanceTotals(days: ReadonlyMap<string, readonly TDayStatusCount[]>): TAttendanceTotals {
  const totals: TAttendanceTotals = { registeredLessons: 0, presentLessons: 0, unexcusedMinutes: 0, excusedMinutes: 0, lateCount: 0 };
  for (const statuses of days.values()) {
    for (const s of statuses) {
      if (s.status === "UNREGISTERED" || s.status === "CANCELLED") continue;
      totals.registeredLessons += s.lessons;
      if (PRESENT.has(s.status)) totals.presentLessons += s.lessons;
      if (EXCUSED.has(s.status)) totals.excusedMinutes += s.minutes;
      if (UNEXCUSED.has(s.status)) totals.unexcusedMinutes += s.minutes;
      if (s.status === "LATE_UNEXCUSED") totals.lateCount += s.lessons;
    }
  }
  return totals;
}
