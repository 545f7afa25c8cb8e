import { describe, expect, it } from "vitest";
import { materializeLessons, type TimetableEntryInput } from "./materialize-lessons";

const normal = {
  id: "normal",
  periods: [
    { number: 1, startMinutes: 510, endMinutes: 560 },
    { number: 2, startMinutes: 560, endMinutes: 610 },
    { number: 7, startMinutes: 875, endMinutes: 925 },
  ],
};
const short = {
  id: "short",
  periods: [
    { number: 1, startMinutes: 510, endMinutes: 550 },
    { number: 2, startMinutes: 550, endMinutes: 590 },
  ],
};
const uses = [1, 2, 3, 4, 5].map((weekday) => ({ bellScheduleId: weekday === 3 ? "short" : "normal", weekday, date: null }));

function entry(overrides: Partial<TimetableEntryInput>): TimetableEntryInput {
  return {
    id: "e1", weekday: 1, period: 1, groupId: "g1", subjectId: "wi", staffId: "s1", room: "101",
    validFrom: "2026-08-01", validUntil: null, ...overrides,
  };
}

const options = (from: string, to: string, extra: object = {}) => ({
  from, to, calendar: { holidays: [], freeDays: [] }, bellSchedules: [normal, short], uses, ...extra,
});

describe("materializeLessons", () => {
  it("places an entry on every matching weekday with the bell schedule's times", () => {
    const lessons = materializeLessons([entry({})], options("2026-11-16", "2026-11-30"));
    expect(lessons.map((l) => [l.date, l.startMinutes, l.endMinutes])).toEqual([
      ["2026-11-16", 510, 560],
      ["2026-11-23", 510, 560],
      ["2026-11-30", 510, 560],
    ]);
    expect(lessons[0]).toMatchObject({ groupId: "g1", subjectId: "wi", staffId: "s1", room: "101", timetableEntryId: "e1", period: 1 });
  });

  it("uses the shortened Wednesday schedule and drops periods it does not have", () => {
    const lessons = materializeLessons(
      [entry({ id: "w2", weekday: 3, period: 2 }), entry({ id: "w7", weekday: 3, period: 7 })],
      options("2026-11-23", "2026-11-29"),
    );
    expect(lessons).toHaveLength(1);
    expect(lessons[0]).toMatchObject({ date: "2026-11-25", startMinutes: 550, endMinutes: 590, timetableEntryId: "w2" });
  });

  it("lets a date override win over the weekday", () => {
    const lessons = materializeLessons(
      [entry({ weekday: 3, period: 2 })],
      options("2026-12-09", "2026-12-16", { uses: [...uses, { bellScheduleId: "normal", weekday: null, date: "2026-12-16" }] }),
    );
    expect(lessons.map((l) => [l.date, l.startMinutes])).toEqual([
      ["2026-12-09", 550],
      ["2026-12-16", 560],
    ]);
  });

  it("skips holidays, free days, public holidays and dates outside the entry's validity", () => {
    const lessons = materializeLessons(
      [entry({ weekday: 1, validFrom: "2026-10-12", validUntil: "2026-11-09" })],
      options("2026-10-01", "2027-04-30", { calendar: { holidays: [{ start: "2026-10-17", end: "2026-10-25" }], freeDays: ["2026-11-02"] } }),
    );
    expect(lessons.map((l) => l.date)).toEqual(["2026-10-12", "2026-10-26", "2026-11-09"]);
    const easterMonday = materializeLessons([entry({})], options("2027-03-29", "2027-03-29"));
    expect(easterMonday).toEqual([]);
  });

  it("orders a day's lessons by start time", () => {
    const lessons = materializeLessons(
      [entry({ id: "late", period: 7 }), entry({ id: "early", period: 1, groupId: "g2" })],
      options("2026-11-23", "2026-11-23"),
    );
    expect(lessons.map((l) => l.timetableEntryId)).toEqual(["early", "late"]);
  });
});
