/*
 * The rules module's public API (RULES.md). Pure: no database, no framework,
 * no clock. One pupil: `ZRulesInputSchema.parse(json)` then `evaluatePupil`.
 * A whole school: `prepareCalendar` once, then `evaluatePupilLessons` per pupil.
 */
export { evaluatePupil } from "./evaluate-pupil";
export { evaluatePupilLessons, type TEvaluateOptions } from "./evaluate-pupil-lessons";
export { evaluatePupilDays } from "./evaluate-pupil-days";
export { sumLessonsPerDay } from "./sum-lessons-per-day";
export { createDaySums, type TDaySums } from "./day-sums";
export { DAY_FLAG } from "./day-table";
export { prepareCalendar } from "./prepare-calendar";
export type { TPreparedCalendar, THolidaySide } from "./prepared-calendar";
export { resolveSettings } from "./resolve-settings";
export { PROFILES, PROFILE_NAMES, type TProfileName, type TRulesSettings } from "./profiles";
export {
  ZRulesInputSchema,
  ZRulesLessonSchema,
  ZRulesPupilSchema,
  ZRulesCalendarSchema,
  ZRulesHolidaySchema,
  ZRulesSettingsSchema,
  type TRulesInput,
  type TRulesInputJson,
  type TRulesLesson,
  type TRulesPupil,
  type TRulesCalendar,
  type TRulesHoliday,
  type TRulesSettingsOverrides,
} from "./rules-input-schema";
export { SIGNAL_KINDS, type TRulesOutput, type TSignal, type TSignalKind } from "./rules-output";
export { formatInputError } from "./format-input-error";
export { createLessonColumns, type TLessonColumns } from "./lesson-columns";
export { lessonColumnsFromLessons } from "./lesson-columns-from-lessons";
export { LESSON_STATUSES, STATUS, REASON, type TLessonStatus } from "./lesson-codes";
export { parseIsoDate } from "./parse-iso-date";
export { dutchPublicHolidays } from "./dutch-public-holidays";
export { formatIsoDate } from "./format-iso-date";
export type { TDayNumber } from "./day-number";
export { clockHoursFromMinutes, type TMinutes } from "./minutes";
