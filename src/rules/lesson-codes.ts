/**
 * Lesson statuses and reasons as small integers, so that the hot loop compares
 * numbers, not strings. The string names are the contract (RULES.md); these
 * codes are internal and also the form of `TLessonColumns`.
 */
export const LESSON_STATUSES = [
  "PRESENT",
  "LATE_EXCUSED",
  "LATE_UNEXCUSED",
  "SICK",
  "MEDICAL",
  "LEAVE",
  "SCHOOL_INITIATED",
  "OTHER_EXCUSED",
  "ABSENT_UNEXCUSED",
  "ABSENT_UNKNOWN",
  "UNREGISTERED",
  "CANCELLED",
] as const;
export type TLessonStatus = (typeof LESSON_STATUSES)[number];

/** Status code = index in LESSON_STATUSES + 1 (0 is never a valid code). */
export const STATUS = {
  PRESENT: 1,
  LATE_EXCUSED: 2,
  LATE_UNEXCUSED: 3,
  SICK: 4,
  MEDICAL: 5,
  LEAVE: 6,
  SCHOOL_INITIATED: 7,
  OTHER_EXCUSED: 8,
  ABSENT_UNEXCUSED: 9,
  ABSENT_UNKNOWN: 10,
  UNREGISTERED: 11,
  CANCELLED: 12,
} as const satisfies Record<TLessonStatus, number>;

export const LEAVE_REASONS = ["SPECIAL_CIRCUMSTANCES", "RELIGIOUS", "HOLIDAY_LEAVE", "DIRECTOR", "OTHER"] as const;
export const SCHOOL_INITIATED_REASONS = ["SENT_OUT", "SUSPENSION", "EXPULSION"] as const;
export const ABSENT_UNEXCUSED_REASONS = ["HOLIDAY_WITHOUT_LEAVE"] as const;

/** Only two reasons change what a rule does; every other reason is code 0. */
export const REASON = { NONE: 0, HOLIDAY_WITHOUT_LEAVE: 1, SUSPENSION: 2 } as const;

/** The reason code of a lesson's reason text. */
export function reasonCode(reason: string | null | undefined): number {
  if (reason === "HOLIDAY_WITHOUT_LEAVE") return REASON.HOLIDAY_WITHOUT_LEAVE;
  if (reason === "SUSPENSION") return REASON.SUSPENSION;
  return REASON.NONE;
}

/** The status code of a status name. */
export function statusCode(status: TLessonStatus): number {
  return STATUS[status];
}
