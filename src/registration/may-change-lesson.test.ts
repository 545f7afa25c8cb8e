import { describe, expect, it } from "vitest";
import { mayChangeLesson } from "./may-change-lesson";

const monday = { date: "2026-11-23", cancelled: false, ownTeacher: true };
const policy = { correctionDays: 0, anyDate: false };

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
});
