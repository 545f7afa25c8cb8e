import type { AttendanceStatus } from "@/db/generated/prisma/enums";

/**
 * What a day on the case-file calendar shows, worst first: what needs the
 * school's action comes before what does not. A lesson nobody registered
 * is the school's gap, not the pupil's, so it only colours a day on which
 * nothing else was registered (docs/decisions/070-case-file-calendar.md).
 */
export const DAY_CATEGORIES = ["UNEXCUSED", "UNKNOWN", "LATE", "EXCUSED", "PRESENT", "UNREGISTERED"] as const;
export type TDayCategory = (typeof DAY_CATEGORIES)[number];

const CATEGORY_OF: Record<AttendanceStatus, TDayCategory | null> = {
  PRESENT: "PRESENT",
  LATE_EXCUSED: "EXCUSED", // late with a reason the school accepted: nothing to follow up
  LATE_UNEXCUSED: "LATE",
  SICK: "EXCUSED",
  MEDICAL: "EXCUSED",
  LEAVE: "EXCUSED",
  SCHOOL_INITIATED: "EXCUSED",
  OTHER_EXCUSED: "EXCUSED",
  ABSENT_UNEXCUSED: "UNEXCUSED",
  ABSENT_UNKNOWN: "UNKNOWN",
  UNREGISTERED: "UNREGISTERED",
  CANCELLED: null, // the lesson did not take place
};

export function categoryOfStatus(status: AttendanceStatus): TDayCategory | null {
  return CATEGORY_OF[status];
}

/**
 * The worst category among a day's lesson statuses, or null for a day
 * without lessons that count (none scheduled, or all cancelled).
 *
 * @example worstCategory(["PRESENT", "UNREGISTERED", "SICK"]) // "EXCUSED"
 */
export function worstCategory(statuses: Iterable<AttendanceStatus>): TDayCategory | null {
  let worst: number = DAY_CATEGORIES.length;
  for (const status of statuses) {
    const category = CATEGORY_OF[status];
    if (category) worst = Math.min(worst, DAY_CATEGORIES.indexOf(category));
  }
  return (DAY_CATEGORIES as readonly TDayCategory[])[worst] ?? null;
}
