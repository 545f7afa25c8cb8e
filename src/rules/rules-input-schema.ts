import { z } from "zod";
import { ABSENT_UNEXCUSED_REASONS, LEAVE_REASONS, LESSON_STATUSES, SCHOOL_INITIATED_REASONS } from "./lesson-codes";
import { parseClockTime } from "./parse-clock-time";
import { parseIsoDate } from "./parse-iso-date";
import { PROFILE_NAMES } from "./profiles";

/*
 * The input contract of RULES.md. The app validates with these same schemas,
 * so every message names what is wrong in words a school administrator can act on;
 * `formatInputError` puts the field path in front (`lessons[3].end: must be after start`).
 */

const ZIsoDateSchema = z.string().superRefine((text, ctx) => {
  if (parseIsoDate(text) === undefined) {
    ctx.addIssue({ code: "custom", message: `must be an existing date as YYYY-MM-DD (got ${JSON.stringify(text)})` });
  }
});

const ZClockTimeSchema = z.string().superRefine((text, ctx) => {
  if (parseClockTime(text) === undefined) {
    ctx.addIssue({ code: "custom", message: `must be a time as HH:MM between 00:00 and 23:59 (got ${JSON.stringify(text)})` });
  }
});

function oneOf(values: readonly string[]): (issue: { input?: unknown }) => string {
  return (issue) => `must be one of ${values.join(", ")} (got ${JSON.stringify(issue.input)})`;
}

const REASONS_BY_STATUS: Partial<Record<(typeof LESSON_STATUSES)[number], readonly string[]>> = {
  LEAVE: LEAVE_REASONS,
  SCHOOL_INITIATED: SCHOOL_INITIATED_REASONS,
  ABSENT_UNEXCUSED: ABSENT_UNEXCUSED_REASONS,
};

export const ZRulesLessonSchema = z
  .object({
    date: ZIsoDateSchema,
    start: ZClockTimeSchema,
    end: ZClockTimeSchema,
    status: z.enum(LESSON_STATUSES, { error: oneOf(LESSON_STATUSES) }),
    reason: z.string().nullable().default(null),
    lateMinutes: z
      .number()
      .int({ error: "must be a whole number of minutes" })
      .min(0, { error: "must be 0 or more" })
      .default(0),
  })
  .superRefine((lesson, ctx) => {
    const start = parseClockTime(lesson.start);
    const end = parseClockTime(lesson.end);
    if (start === undefined || end === undefined) return;
    if (end <= start) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "must be after start" });
      return;
    }
    if (lesson.lateMinutes > end - start) {
      ctx.addIssue({ code: "custom", path: ["lateMinutes"], message: `must not exceed the lesson's ${end - start} minutes` });
    }
    const allowed = REASONS_BY_STATUS[lesson.status];
    if (lesson.reason === null) return;
    if (allowed !== undefined && !allowed.includes(lesson.reason)) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: `must be null or one of ${allowed.join(", ")} for ${lesson.status} (got ${JSON.stringify(lesson.reason)})`,
      });
    } else if (allowed === undefined && lesson.status !== "OTHER_EXCUSED") {
      // A reason on any other status is a registration mistake that would silently change nothing.
      ctx.addIssue({ code: "custom", path: ["reason"], message: `must be null for ${lesson.status}` });
    }
  });

const positiveWhole = z.number().int({ error: "must be a whole number" }).min(1, { error: "must be 1 or more" });

/** Overrides of single profile settings; an unknown name is an error, since a typo would silently do nothing. */
export const ZRulesSettingsSchema = z.strictObject(
  {
    fullAbsenceShare: z.number().gt(0, { error: "must be more than 0" }).max(1, { error: "must be at most 1" }).optional(),
    lateCountsAsAbsence: z.boolean().optional(),
    holidayAdjacentDays: z
      .number()
      .int({ error: "must be a whole number" })
      .min(0, { error: "must be 0 or more" })
      .max(10, { error: "must be at most 10" })
      .optional(),
    lateThresholds: z
      .tuple([positiveWhole, positiveWhole, positiveWhole], { error: "must be a list of 3 whole numbers" })
      .refine(([a, b, c]) => a < b && b < c, { error: "must be ascending" })
      .optional(),
    longSickDays: positiveWhole.optional(),
    frequentSickWindowDays: positiveWhole.optional(),
    frequentSickRuns: positiveWhole.optional(),
    letterHours: z.number().min(0, { error: "must be 0 or more" }).optional(),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "is not a setting" : "must be an object") },
);

export const ZRulesHolidaySchema = z
  .object({ name: z.string().default(""), start: ZIsoDateSchema, end: ZIsoDateSchema })
  .superRefine((holiday, ctx) => {
    const start = parseIsoDate(holiday.start);
    const end = parseIsoDate(holiday.end);
    if (start !== undefined && end !== undefined && end < start) {
      ctx.addIssue({ code: "custom", path: ["end"], message: "must not be before start" });
    }
  });

export const ZRulesCalendarSchema = z.object({
  holidays: z.array(ZRulesHolidaySchema).default([]),
  freeDays: z.array(ZIsoDateSchema).default([]),
  /** `null`: the Dutch national public holidays, computed. */
  publicHolidays: z.array(ZIsoDateSchema).nullable().default(null),
});

export const ZRulesPupilSchema = z.object({
  id: z.string().min(1, { error: "must not be empty" }),
  birthDate: ZIsoDateSchema,
  startkwalificatie: z.boolean(),
});

export const ZRulesInputSchema = z.object({
  asOf: ZIsoDateSchema,
  profile: z.enum(PROFILE_NAMES, { error: oneOf(PROFILE_NAMES) }).default("default"),
  settings: ZRulesSettingsSchema.default({}),
  calendar: ZRulesCalendarSchema,
  pupil: ZRulesPupilSchema,
  lessons: z.array(ZRulesLessonSchema),
});

/** A validated input (defaults filled in). */
export type TRulesInput = z.output<typeof ZRulesInputSchema>;
/** What a caller may send: optional fields may be left out. */
export type TRulesInputJson = z.input<typeof ZRulesInputSchema>;
export type TRulesLesson = z.output<typeof ZRulesLessonSchema>;
export type TRulesPupil = z.output<typeof ZRulesPupilSchema>;
export type TRulesCalendar = z.output<typeof ZRulesCalendarSchema>;
export type TRulesHoliday = z.output<typeof ZRulesHolidaySchema>;
export type TRulesSettingsOverrides = z.output<typeof ZRulesSettingsSchema>;
