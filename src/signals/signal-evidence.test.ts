import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { evaluatePupil, lessonColumnsFromLessons, prepareCalendar, ZRulesInputSchema, type TRulesLesson, type TSignal } from "@/rules";

import { buildSignalEvidence, MAX_EVIDENCE_LESSONS } from "./signal-evidence";

const input = ZRulesInputSchema.parse(
  JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../rules/fixtures/worked-example.input.json"), "utf8")),
);
const prepared = prepareCalendar(input.calendar, { from: "2024-08-01", to: "2025-07-31" });
const options = { asOf: input.asOf, prepared, lateCountsAsAbsence: false };

function pupilLessons(lessons: readonly TRulesLesson[]) {
  const columns = lessonColumnsFromLessons(lessons);
  // The worked example's lessons are hours 08:30, 09:30, …: number them as periods 1, 2, ….
  const period = Uint8Array.from(lessons, (lesson) => 1 + input.lessons.filter((l) => l.date === lesson.date && l.start < lesson.start).length);
  return { columns, period };
}

describe("buildSignalEvidence", () => {
  const output = evaluatePupil(input);
  const find = (kind: TSignal["kind"], index = 0) => output.signals.filter((s) => s.kind === kind)[index]!;

  it("lists the unexcused lessons behind a 16-hour report, adding up to its hours", () => {
    const report = find("RELATIVE_16H");
    const evidence = buildSignalEvidence(report, pupilLessons(input.lessons), options);
    expect(evidence.lessonCount).toBe(18);
    expect(evidence.hours).toBe(report.hours);
    expect(evidence.omitted).toBe(0);
    expect(evidence.lessons[0]).toEqual({ date: "2025-02-03", period: 1, start: "08:30", end: "09:30", status: "ABSENT_UNEXCUSED", hours: 1 });
    expect(evidence.lessons.at(-1)!.date).toBe("2025-02-05");
  });

  it("lists an open LRV's lessons up to asOf", () => {
    const evidence = buildSignalEvidence(find("LONG_TERM_RELATIVE"), pupilLessons(input.lessons), options);
    expect(evidence.lessons[0]!.date).toBe("2025-02-27");
    expect(evidence.lessons.at(-1)!.date).toBe("2025-03-14");
    expect(evidence.lessonCount).toBe(12 * 6);
  });

  it("keeps the first and last lessons of a long period, and counts the rest", () => {
    const absent = input.lessons.map((lesson) => ({ ...lesson, status: "ABSENT_UNEXCUSED" as const }));
    const homebound = { ...find("HOMEBOUND"), start: "2025-01-06" };
    const evidence = buildSignalEvidence(homebound, pupilLessons(absent), options);
    expect(evidence.lessonCount).toBeGreaterThan(MAX_EVIDENCE_LESSONS);
    expect(evidence.lessons).toHaveLength(MAX_EVIDENCE_LESSONS);
    expect(evidence.omitted).toBe(evidence.lessonCount - MAX_EVIDENCE_LESSONS);
    expect(evidence.lessons[0]!.date).toBe("2025-01-06");
    expect(evidence.lessons.at(-1)!.date).toBe("2025-03-14");
    expect(evidence.hours).toBe(evidence.lessonCount);
  });

  it("lists late lessons with their late minutes, whatever the order of the input", () => {
    const late = input.lessons.slice(0, 12).map((lesson, i) => ({ ...lesson, status: "LATE_UNEXCUSED" as const, lateMinutes: i === 0 ? 0 : 15 }));
    const signal: TSignal = { ...find("UNEXCUSED_LETTER"), kind: "LATE_ARRIVALS", start: late[0]!.date, end: late[11]!.date, reachedOn: late[11]!.date };
    const forwards = buildSignalEvidence(signal, pupilLessons(late), options);
    const backwards = buildSignalEvidence(signal, pupilLessons([...late].reverse()), options);
    expect(forwards).toEqual(backwards);
    expect(forwards.lessonCount).toBe(12);
    expect(forwards.lessons[0]!.hours).toBe(0);
    expect(forwards.hours).toBe(2.75);
  });

  it("lists for a holiday-side warning only the lessons of the whole days missed it counts, adding up to its hours", () => {
    // Spring holiday from Saturday 15 February; 3 days before it looked at: Wednesday and Friday missed whole, Thursday one lesson.
    const calendar = { ...input.calendar, holidays: [{ name: "Voorjaarsvakantie", start: "2025-02-15", end: "2025-02-23" }] };
    const statusOn = (lesson: TRulesLesson): TRulesLesson["status"] => {
      if (lesson.date === "2025-02-12" || lesson.date === "2025-02-14") return "ABSENT_UNEXCUSED";
      if (lesson.date === "2025-02-13") return lesson.start === "08:30" ? "ABSENT_UNKNOWN" : lesson.start === "09:30" ? "SICK" : "PRESENT";
      return "PRESENT";
    };
    const lessons = input.lessons.map((lesson) => ({ ...lesson, status: statusOn(lesson) }));
    const holidayInput = { ...input, calendar, settings: { holidayAdjacentDays: 3 }, lessons };
    const suspected = evaluatePupil(holidayInput).signals.find((s) => s.kind === "LUXURY_SUSPECTED")!;
    expect([suspected.start, suspected.end]).toEqual(["2025-02-12", "2025-02-14"]);
    const holidayOptions = { ...options, prepared: prepareCalendar(calendar, { from: "2024-08-01", to: "2025-07-31" }) };
    const evidence = buildSignalEvidence(suspected, pupilLessons(lessons), holidayOptions);
    expect(new Set(evidence.lessons.map((lesson) => lesson.date))).toEqual(new Set(["2025-02-12", "2025-02-14"]));
    expect(evidence.hours).toBe(suspected.hours);
    // Thursday's sick lesson is no sickness near the holiday either: the pupil was there that day.
    const sickOnly = { ...suspected, kind: "SICKNESS_NEAR_HOLIDAY" as const, hours: null };
    expect(buildSignalEvidence(sickOnly, pupilLessons(lessons), holidayOptions).lessons).toEqual([]);
  });
});
