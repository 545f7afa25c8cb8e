import { describe, expect, it } from "vitest";
import { accessMessage } from "./access-message";
import { mayChangeLesson, REGISTER_OPENS_MINUTES_BEFORE_START } from "./may-change-lesson";

const monday = { date: "2026-11-23", startMinutes: 510, cancelled: false, ownTeacher: true }; // 08:30
const policy = { correctionDays: 0, anyDate: false, nowMinutes: 600 }; // 10:00

describe("mayChangeLesson", () => {
  it("lets the teacher change today's lesson and refuses tomorrow's", () => {
    expect(mayChangeLesson(monday, { ...policy, today: "2026-11-23" })).toEqual({ allowed: true });
    expect(mayChangeLesson(monday, { ...policy, today: "2026-11-22" })).toEqual({ allowed: false, reason: "FUTURE" });
  });

  it("sends a correction of an earlier day to the coordinator, unless the school allows days", () => {
    expect(mayChangeLesson(monday, { ...policy, today: "2026-11-24" })).toEqual({ allowed: false, reason: "TOO_OLD" });
    expect(mayChangeLesson(monday, { ...policy, correctionDays: 1, today: "2026-11-24" })).toEqual({ allowed: true });
    expect(mayChangeLesson(monday, { ...policy, correctionDays: 1, today: "2026-11-25" })).toEqual({ allowed: false, reason: "TOO_OLD" });
  });

  it("counts weekdays, so Friday's lesson can be corrected on Monday with one day", () => {
    const friday = { ...monday, date: "2026-11-20" };
    expect(mayChangeLesson(friday, { ...policy, correctionDays: 1, today: "2026-11-23" })).toEqual({ allowed: true });
  });

  it("lets a substitute register only on the day itself", () => {
    const other = { ...monday, ownTeacher: false };
    expect(mayChangeLesson(other, { ...policy, today: "2026-11-23" })).toEqual({ allowed: true });
    expect(mayChangeLesson(other, { ...policy, correctionDays: 5, today: "2026-11-24" })).toEqual({ allowed: false, reason: "NOT_TODAY_SUBSTITUTE" });
  });

  it("lets the coordinator correct any past day, never a cancelled lesson", () => {
    expect(mayChangeLesson(monday, { ...policy, anyDate: true, today: "2026-12-10" })).toEqual({ allowed: true });
    expect(mayChangeLesson({ ...monday, cancelled: true }, { ...policy, anyDate: true, today: "2026-11-23" })).toEqual({ allowed: false, reason: "CANCELLED" });
  });

  it("opens today's lesson five minutes before it starts, for everyone, and says from when", () => {
    const afternoon = { ...monday, startMinutes: 785 }; // 13:05
    const today = "2026-11-23";
    expect(REGISTER_OPENS_MINUTES_BEFORE_START).toBe(5);
    expect(mayChangeLesson(afternoon, { ...policy, today, nowMinutes: 390 })).toEqual({ allowed: false, reason: "NOT_STARTED", opensAtMinutes: 780 });
    expect(mayChangeLesson(afternoon, { ...policy, today, nowMinutes: 779 })).toEqual({ allowed: false, reason: "NOT_STARTED", opensAtMinutes: 780 });
    expect(mayChangeLesson(afternoon, { ...policy, today, nowMinutes: 780 })).toEqual({ allowed: true });
    expect(mayChangeLesson(afternoon, { ...policy, anyDate: true, today, nowMinutes: 390 })).toEqual({ allowed: false, reason: "NOT_STARTED", opensAtMinutes: 780 });
    // An earlier day's lesson is not "not started" at an earlier clock time today.
    expect(mayChangeLesson({ ...afternoon, date: "2026-11-20" }, { ...policy, correctionDays: 1, today, nowMinutes: 390 })).toEqual({ allowed: true });
    expect(accessMessage({ allowed: false, reason: "NOT_STARTED", opensAtMinutes: 780 }, afternoon)).toBe("Deze les begint om 13:05; registreren kan vanaf 13:00.");
  });
});
