import { describe, expect, it } from "vitest";
import { on, rulesInput, schoolLessons, signal, signals } from "./rules-test-kit";

const WITHOUT_LEAVE = { status: "ABSENT_UNEXCUSED", reason: "HOLIDAY_WITHOUT_LEAVE" } as const;
const SPRING = [{ name: "Voorjaarsvakantie", start: "2025-02-15", end: "2025-02-23" }];

describe("LUXURY: luxe verzuim", () => {
  it("one mandatory report per run, across the holiday, reached and due from its first day", () => {
    const lessons = schoolLessons("2025-02-03", "2025-03-07", on(["2025-02-14", "2025-02-24"], WITHOUT_LEAVE));
    expect(signals(rulesInput(lessons, { holidays: SPRING }), "LUXURY")).toEqual([
      signal({
        kind: "LUXURY",
        mandatory: true,
        start: "2025-02-14",
        end: "2025-02-24",
        reachedOn: "2025-02-14",
        hours: 12,
        dueBy: "2025-02-21",
      }),
    ]);
  });

  it("has no minimum: one lesson is enough", () => {
    const lessons = schoolLessons("2025-02-03", "2025-02-07", {
      "2025-02-05": { ...WITHOUT_LEAVE, status: ["PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "ABSENT_UNEXCUSED"] },
    });
    // The reason applies to the whole day spec in the kit; PRESENT lessons with a reason are not valid, so build them apart.
    const fixed = lessons.map((l) => (l.status === "PRESENT" ? { ...l, reason: null } : l));
    expect(signals(rulesInput(fixed), "LUXURY")).toMatchObject([{ start: "2025-02-05", hours: 1 }]);
  });

  it("a registered day without it in between makes two runs", () => {
    const lessons = schoolLessons("2025-02-03", "2025-02-07", on(["2025-02-03", "2025-02-05"], WITHOUT_LEAVE));
    expect(signals(rulesInput(lessons), "LUXURY").map((s) => [s.start, s.end])).toEqual([
      ["2025-02-03", "2025-02-03"],
      ["2025-02-05", "2025-02-05"],
    ]);
  });

  it("is for pupils under compulsory education only", () => {
    const lessons = schoolLessons("2025-02-03", "2025-02-07", on(["2025-02-03"], WITHOUT_LEAVE));
    expect(signals(rulesInput(lessons, { birthDate: "2006-01-01" }), "LUXURY")).toEqual([]);
  });
});

describe("LUXURY_SUSPECTED and SICKNESS_NEAR_HOLIDAY: the school days right before and after a holiday", () => {
  it("signal unexcused absence and sickness on the 2 school days next to a holiday, one per holiday side", () => {
    const lessons = schoolLessons("2025-02-03", "2025-03-07", {
      "2025-02-12": "SICK",
      "2025-02-13": "SICK",
      "2025-02-14": "ABSENT_UNEXCUSED",
      "2025-02-24": "ABSENT_UNKNOWN",
      "2025-02-25": "ABSENT_UNKNOWN",
    });
    const nearHoliday = signals(rulesInput(lessons, { holidays: SPRING })).filter(
      (s) => s.kind === "LUXURY_SUSPECTED" || s.kind === "SICKNESS_NEAR_HOLIDAY",
    );
    expect(nearHoliday).toEqual([
      signal({ kind: "SICKNESS_NEAR_HOLIDAY", start: "2025-02-13", reachedOn: "2025-02-13" }),
      signal({ kind: "LUXURY_SUSPECTED", start: "2025-02-14", reachedOn: "2025-02-14", hours: 6 }),
      signal({ kind: "LUXURY_SUSPECTED", start: "2025-02-24", reachedOn: "2025-02-25", hours: 12, provisional: true }),
    ]);
  });

  it("holidayAdjacentDays widens the days looked at", () => {
    const lessons = schoolLessons("2025-02-03", "2025-03-07", { "2025-02-12": "SICK" });
    expect(signals(rulesInput(lessons, { holidays: SPRING }), "SICKNESS_NEAR_HOLIDAY")).toEqual([]);
    const wider = rulesInput(lessons, { holidays: SPRING, settings: { holidayAdjacentDays: 3 } });
    expect(signals(wider, "SICKNESS_NEAR_HOLIDAY")).toMatchObject([{ start: "2025-02-12" }]);
  });

  it("do not count HOLIDAY_WITHOUT_LEAVE (that is LUXURY), and LUXURY_SUSPECTED is for compulsory education only", () => {
    const lessons = schoolLessons("2025-02-03", "2025-03-07", {
      "2025-02-14": WITHOUT_LEAVE,
      "2025-02-24": "ABSENT_UNEXCUSED",
      "2025-02-25": "SICK",
    });
    expect(signals(rulesInput(lessons, { holidays: SPRING }), "LUXURY_SUSPECTED")).toMatchObject([{ start: "2025-02-24" }]);
    const adult = signals(rulesInput(lessons, { holidays: SPRING, birthDate: "2006-01-01" }));
    expect(adult.filter((s) => s.kind === "LUXURY_SUSPECTED")).toEqual([]);
    expect(adult.filter((s) => s.kind === "SICKNESS_NEAR_HOLIDAY")).toHaveLength(1);
  });

  it("skip weekends, free days and public holidays when finding the days next to a holiday", () => {
    // Easter Monday 21 April 2025 and a free day on Friday 25 April, right before the May holiday.
    const may = [{ name: "Meivakantie", start: "2025-04-26", end: "2025-05-04" }];
    const lessons = schoolLessons("2025-04-14", "2025-05-09", { "2025-04-23": "SICK" });
    expect(signals(rulesInput(lessons, { holidays: may, freeDays: ["2025-04-25"] }), "SICKNESS_NEAR_HOLIDAY")).toMatchObject([
      { start: "2025-04-23" },
    ]);
  });
});
