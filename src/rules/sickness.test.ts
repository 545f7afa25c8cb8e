import { describe, expect, it } from "vitest";
import type { TProfileName } from "./profiles";
import { on, rulesInput, schoolLessons, signal, signals, weekdays } from "./rules-test-kit";

describe("SICKNESS_LONG: a run of sick days longer than longSickDays", () => {
  const sickFor = (to: string) => schoolLessons("2025-01-27", "2025-03-07", on(weekdays("2025-02-03", to), "SICK"));

  it.each([
    ["default", "2025-02-11"],
    ["mazl", "2025-02-11"],
    ["parkstad", "2025-02-12"],
    ["twente", "2025-02-17"],
  ] as const)("%s: fires on day longSickDays + 1 (%s), once per run", (profile: TProfileName, reachedOn) => {
    expect(signals(rulesInput(sickFor("2025-02-28"), { profile }), "SICKNESS_LONG")).toEqual([
      signal({ kind: "SICKNESS_LONG", start: "2025-02-03", reachedOn }),
    ]);
  });

  it("6 sick school days are not more than 6", () => {
    expect(signals(rulesInput(sickFor("2025-02-10")), "SICKNESS_LONG")).toEqual([]);
  });

  it("a present day breaks the run; a day without registered lessons does not, and does not count", () => {
    const lessons = schoolLessons("2025-01-27", "2025-03-07", {
      ...on(weekdays("2025-02-03", "2025-02-07"), "SICK"),
      "2025-02-10": "CANCELLED",
      ...on(["2025-02-11", "2025-02-12"], "SICK"),
    });
    expect(signals(rulesInput(lessons), "SICKNESS_LONG")).toMatchObject([{ start: "2025-02-03", reachedOn: "2025-02-12" }]);
    const broken = schoolLessons("2025-01-27", "2025-03-07", {
      ...on(weekdays("2025-02-03", "2025-02-07"), "SICK"),
      ...on(["2025-02-11", "2025-02-12"], "SICK"),
    });
    expect(signals(rulesInput(broken), "SICKNESS_LONG")).toEqual([]);
  });

  it("a holiday inside the run neither breaks nor extends it", () => {
    const lessons = schoolLessons("2025-02-03", "2025-03-07", on(["2025-02-10", "2025-02-11", "2025-02-12", "2025-02-13", "2025-02-14", "2025-02-24", "2025-02-25"], "SICK"));
    const spring = [{ name: "Voorjaarsvakantie", start: "2025-02-15", end: "2025-02-23" }];
    expect(signals(rulesInput(lessons, { holidays: spring }), "SICKNESS_LONG")).toMatchObject([{ reachedOn: "2025-02-25" }]);
  });
});

describe("SICKNESS_FREQUENT: many sick runs in a few weeks", () => {
  // One sick Monday every other week: runs start on 6 Jan, 20 Jan, 3 Feb, 17 Feb, 3 Mar, 17 Mar.
  const mondays = ["2025-01-06", "2025-01-20", "2025-02-03", "2025-02-17", "2025-03-03", "2025-03-17"];
  const lessons = schoolLessons("2025-01-06", "2025-03-21", on(mondays, "SICK"));

  it.each([
    ["default", [["2025-03-03", 5, "2025-01-06"]]],
    ["parkstad", [["2025-03-03", 5, "2025-01-06"]]],
    ["mazl", [["2025-02-17", 4, "2025-01-06"]]],
    [
      "twente",
      [
        ["2025-02-03", 3, "2025-01-06"],
        ["2025-03-17", 3, "2025-02-17"],
      ],
    ],
  ] as const)("%s", (profile: TProfileName, expected) => {
    const result = signals(rulesInput(lessons, { profile }), "SICKNESS_FREQUENT");
    expect(result.map((s) => [s.reachedOn, s.count, s.start])).toEqual(expected);
    expect(result[0]).toEqual(signal({ kind: "SICKNESS_FREQUENT", start: expected[0][2], reachedOn: expected[0][0], count: expected[0][1] }));
  });

  it("runs that started frequentSickWindowDays or more ago no longer count", () => {
    // Every 4 weeks: the 5th run on 28 April is 84 days after the 2nd (3 February).
    const everyFourWeeks = ["2025-01-06", "2025-02-03", "2025-03-03", "2025-03-31", "2025-04-28"];
    const sparse = schoolLessons("2025-01-06", "2025-05-02", on(everyFourWeeks, "SICK"));
    expect(signals(rulesInput(sparse), "SICKNESS_FREQUENT")).toEqual([]);
    expect(signals(rulesInput(sparse, { settings: { frequentSickRuns: 3 } }), "SICKNESS_FREQUENT")).toMatchObject([
      { reachedOn: "2025-03-03" },
    ]);
  });
});
