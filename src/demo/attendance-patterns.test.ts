import { describe, expect, it } from "vitest";
import { schoolDays } from "@/calendar/school-days";
import { attendanceStatuses, type AttendancePattern, type PatternLesson } from "./attendance-patterns";
import { createRng } from "./random";

// Seven 50-minute lessons on each school day of autumn 2026 (region Midden).
const days = schoolDays("2026-08-31", "2026-11-20", { holidays: [{ start: "2026-10-17", end: "2026-10-25" }], freeDays: [] });
const lessons: PatternLesson[] = days.flatMap((date) =>
  Array.from({ length: 7 }, (_, i) => ({ date, start: 510 + i * 50, end: 560 + i * 50 })),
);
const run = (pattern: AttendancePattern, seed = 1) => attendanceStatuses(pattern, lessons, createRng(seed));
const share = (marks: ReturnType<typeof run>, status: string) => marks.filter((m) => m.status === status).length / marks.length;

describe("attendanceStatuses", () => {
  it("returns one mark per lesson and is deterministic", () => {
    const marks = run({ kind: "REGULAR" });
    expect(marks).toHaveLength(lessons.length);
    expect(run({ kind: "REGULAR" })).toEqual(marks);
  });

  it("keeps a regular pupil nearly always present", () => {
    expect(share(run({ kind: "REGULAR" }), "PRESENT")).toBeGreaterThan(0.95);
  });

  it("makes an often-late pupil late with minutes", () => {
    const late = run({ kind: "OFTEN_LATE" }).filter((m) => m.status === "LATE_UNEXCUSED");
    expect(late.length).toBeGreaterThanOrEqual(10);
    expect(late.every((m) => m.lateMinutes >= 2 && m.lateMinutes <= 20)).toBe(true);
  });

  it("gives a long sickness a run of the asked number of school days", () => {
    const marks = run({ kind: "SICK_LONG", from: "2026-09-14", schoolDays: 12 });
    const sickDays = new Set(lessons.filter((_, i) => marks[i]!.status === "SICK").map((l) => l.date));
    const start = days.indexOf("2026-09-14");
    for (const day of days.slice(start, start + 12)) expect(sickDays.has(day)).toBe(true);
  });

  it("gives a frequently sick pupil five or more short sick runs", () => {
    const marks = run({ kind: "SICK_FREQUENT_SHORT" });
    const sick = days.map((day) => lessons.some((l, i) => l.date === day && marks[i]!.status === "SICK"));
    const runs = sick.filter((s, i) => s && !sick[i - 1]).length;
    expect(runs).toBeGreaterThanOrEqual(5);
  });

  it("makes a pupil who stopped coming absent without reason on every lesson from the date", () => {
    const marks = run({ kind: "STOPPED_COMING", from: "2026-10-12" });
    lessons.forEach((lesson, i) => {
      if (lesson.date >= "2026-10-12") expect(marks[i]!.status).toBe("ABSENT_UNEXCUSED");
    });
  });

  it("marks holiday-adjacent days with the given reason", () => {
    const marks = run({ kind: "HOLIDAY_ADJACENT", dates: ["2026-10-15", "2026-10-16"], reason: "HOLIDAY_WITHOUT_LEAVE" });
    const onDays = marks.filter((_, i) => ["2026-10-15", "2026-10-16"].includes(lessons[i]!.date));
    expect(onDays.every((m) => m.status === "ABSENT_UNEXCUSED" && m.reason === "HOLIDAY_WITHOUT_LEAVE")).toBe(true);
  });

  it("lets a heavy truant miss 16 or more clock hours within four weeks", () => {
    const marks = run({ kind: "TRUANT", intensity: 1.5 });
    const hoursByDay = days.map((day) =>
      lessons.reduce((sum, l, i) => sum + (l.date === day && marks[i]!.status === "ABSENT_UNEXCUSED" ? (l.end - l.start) / 60 : 0), 0),
    );
    const best = Math.max(...hoursByDay.map((_, i) => hoursByDay.slice(i, i + 20).reduce((a, b) => a + b, 0)));
    expect(best).toBeGreaterThanOrEqual(16);
  });
});
