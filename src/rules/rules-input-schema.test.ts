import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatInputError } from "./format-input-error";
import { ZRulesInputSchema } from "./rules-input-schema";

/** JSON as parsed: the tests break it in every way the schema must catch. */
type TJson = ReturnType<typeof JSON.parse>;

const example: TJson = JSON.parse(readFileSync(path.join(import.meta.dirname, "fixtures", "worked-example.input.json"), "utf8"));

function errorOf(change: (input: TJson) => void): string {
  const input = structuredClone(example);
  change(input);
  const result = ZRulesInputSchema.safeParse(input);
  if (result.success) return "valid";
  return formatInputError(result.error, input);
}

describe("ZRulesInputSchema: one line naming the field", () => {
  it("accepts the worked example and fills defaults", () => {
    expect(errorOf(() => {})).toBe("valid");
    const { profile, settings, ...rest } = example;
    const parsed = ZRulesInputSchema.parse({ ...rest, calendar: {} });
    expect([parsed.profile, parsed.settings, parsed.calendar]).toEqual(["default", {}, { holidays: [], freeDays: [], publicHolidays: null }]);
    expect([profile, settings]).toEqual(["default", {}]);
  });

  it.each<[string, (input: TJson) => void, string]>([
    ["a date that does not exist", (i) => (i.lessons[3].date = "2025-02-30"), 'lessons[3].date: must be an existing date as YYYY-MM-DD (got "2025-02-30")'],
    ["end before start", (i) => (i.lessons[3].end = "08:00"), "lessons[3].end: must be after start"],
    ["end equal to start", (i) => (i.lessons[0].end = i.lessons[0].start), "lessons[0].end: must be after start"],
    ["an unknown status", (i) => (i.lessons[7].status = "ABSENT"), "lessons[7].status: must be one of PRESENT, LATE_EXCUSED, LATE_UNEXCUSED, SICK, MEDICAL, LEAVE, SCHOOL_INITIATED, OTHER_EXCUSED, ABSENT_UNEXCUSED, ABSENT_UNKNOWN, UNREGISTERED, CANCELLED (got \"ABSENT\")"],
    ["a missing pupil", (i) => delete i.pupil, "pupil: required"],
    ["a missing birth date", (i) => delete i.pupil.birthDate, "pupil.birthDate: required"],
    ["a time that is not HH:MM", (i) => (i.lessons[2].start = "8:30"), 'lessons[2].start: must be a time as HH:MM between 00:00 and 23:59 (got "8:30")'],
    ["a reason that does not fit the status", (i) => Object.assign(i.lessons[1], { status: "LEAVE", reason: "SUSPENSION" }), 'lessons[1].reason: must be null or one of SPECIAL_CIRCUMSTANCES, RELIGIOUS, HOLIDAY_LEAVE, DIRECTOR, OTHER for LEAVE (got "SUSPENSION")'],
    ["a reason on a present lesson", (i) => (i.lessons[1].reason = "HOLIDAY_WITHOUT_LEAVE"), "lessons[1].reason: must be null for PRESENT"],
    ["more late minutes than the lesson lasts", (i) => Object.assign(i.lessons[1], { status: "LATE_UNEXCUSED", lateMinutes: 61 }), "lessons[1].lateMinutes: must not exceed the lesson's 60 minutes"],
    ["negative late minutes", (i) => (i.lessons[1].lateMinutes = -5), "lessons[1].lateMinutes: must be 0 or more"],
    ["an unknown profile", (i) => (i.profile = "utrecht"), 'profile: must be one of default, mazl, twente, parkstad (got "utrecht")'],
    ["an unknown setting", (i) => (i.settings = { letterHour: 8 }), "settings.letterHour: is not a setting"],
    ["a setting of the wrong type", (i) => (i.settings = { longSickDays: "7" }), 'settings.longSickDays: must be a number (got "7")'],
    ["thresholds out of order", (i) => (i.settings = { lateThresholds: [10, 5, 11] }), "settings.lateThresholds: must be ascending"],
    ["a holiday ending before it starts", (i) => (i.calendar.holidays = [{ name: "x", start: "2025-02-20", end: "2025-02-15" }]), "calendar.holidays[0].end: must not be before start"],
    ["a missing calendar", (i) => delete i.calendar, "calendar: required"],
    ["lessons that are not a list", (i) => (i.lessons = {}), "lessons: must be a list (got an object)"],
    ["asOf missing", (i) => delete i.asOf, "asOf: required"],
  ])("%s", (_name, change, message) => {
    expect(errorOf(change)).toBe(message);
  });

  it("a body that is not an object", () => {
    const result = ZRulesInputSchema.safeParse([1, 2]);
    expect(result.success).toBe(false);
    if (!result.success) expect(formatInputError(result.error, [1, 2])).toBe("input: must be an object (got a list)");
  });

  it("accepts free text as the reason of OTHER_EXCUSED", () => {
    expect(errorOf((i) => Object.assign(i.lessons[1], { status: "OTHER_EXCUSED", reason: "rijexamen" }))).toBe("valid");
  });
});
