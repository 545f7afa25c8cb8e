import { describe, expect, it } from "vitest";
import { addDays } from "@/calendar/school-time";
import { earliestColleagueDay, mayReadLesson } from "./may-read-lesson";

const colleagues = { date: "2026-11-23", ownTeacher: false };
const policy = { correctionDays: 0, anyDate: false };

describe("mayReadLesson", () => {
  it("lets a teacher read their own lessons on any day", () => {
    for (const today of ["2026-09-01", "2026-11-23", "2027-06-30"]) {
      expect(mayReadLesson({ ...colleagues, ownTeacher: true }, { ...policy, today })).toBe(true);
    }
  });

  it("lets a substitute read a colleague's lesson on its day, not before and not after", () => {
    expect(mayReadLesson(colleagues, { ...policy, today: "2026-11-23" })).toBe(true);
    expect(mayReadLesson(colleagues, { ...policy, today: "2026-11-20" })).toBe(false);
    expect(mayReadLesson(colleagues, { ...policy, today: "2026-11-24" })).toBe(false);
  });

  it("stretches the substitute's window over the school's correction period, in weekdays", () => {
    const friday = { ...colleagues, date: "2026-11-20" };
    expect(mayReadLesson(friday, { ...policy, correctionDays: 1, today: "2026-11-23" })).toBe(true);
    expect(mayReadLesson(friday, { ...policy, correctionDays: 1, today: "2026-11-24" })).toBe(false);
  });

  it("lets the coordinator read every lesson", () => {
    expect(mayReadLesson(colleagues, { ...policy, anyDate: true, today: "2027-01-10" })).toBe(true);
  });
});

describe("earliestColleagueDay", () => {
  it("goes back over the correction period in weekdays, and no further", () => {
    expect(earliestColleagueDay("2026-11-24", 0)).toBe("2026-11-24");
    expect(earliestColleagueDay("2026-11-24", 1)).toBe("2026-11-23");
    expect(earliestColleagueDay("2026-11-23", 1)).toBe("2026-11-20");
    for (const [today, days] of [["2026-11-24", 1], ["2026-11-23", 2], ["2026-11-27", 3]] as const) {
      const earliest = earliestColleagueDay(today, days);
      expect(mayReadLesson({ date: earliest, ownTeacher: false }, { today, correctionDays: days, anyDate: false })).toBe(true);
      expect(mayReadLesson({ date: addDays(earliest, -1), ownTeacher: false }, { today, correctionDays: days, anyDate: false })).toBe(false);
    }
  });
});
