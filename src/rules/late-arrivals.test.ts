import { describe, expect, it } from "vitest";
import type { TProfileName } from "./profiles";
import { on, rulesInput, schoolLessons, signal, signals, weekdays } from "./rules-test-kit";

const ONE_LATE = { status: ["LATE_UNEXCUSED", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT"] } as const;

describe("LATE_ARRIVALS: late lessons per school year", () => {
  // One late lesson a day for 13 school days from Monday 3 February.
  const days = weekdays("2025-02-03", "2025-02-19");
  const lessons = schoolLessons("2025-01-27", "2025-02-28", on(days, ONE_LATE));

  it.each([
    ["default", [5, 10, 11]],
    ["twente", [5, 10, 11]],
    ["mazl", [5, 10, 11]],
    ["parkstad", [6, 10, 12]],
  ] as const)("%s: levels 1, 2, 3 at %j late lessons", (profile: TProfileName, thresholds) => {
    const result = signals(rulesInput(lessons, { profile }), "LATE_ARRIVALS");
    expect(result).toEqual(
      thresholds.map((count, index) =>
        signal({ kind: "LATE_ARRIVALS", start: "2025-02-03", reachedOn: days[count - 1]!, level: index + 1, count }),
      ),
    );
  });

  it("counts every late lesson of a day; a day can pass two thresholds", () => {
    const two = { status: ["LATE_UNEXCUSED", "LATE_UNEXCUSED", "PRESENT", "PRESENT", "PRESENT", "PRESENT"] } as const;
    const result = signals(rulesInput(schoolLessons("2025-02-03", "2025-02-14", on(weekdays("2025-02-03", "2025-02-10"), two))), "LATE_ARRIVALS");
    expect(result.map((s) => [s.reachedOn, s.level, s.count])).toEqual([
      ["2025-02-05", 1, 6],
      ["2025-02-07", 2, 10],
      ["2025-02-10", 3, 12],
    ]);
  });

  it("count is the school year's late lessons at the end of the day the level is reached, also when two levels are reached that day", () => {
    const late = (n: number) => ({ status: [...Array(n).fill("LATE_UNEXCUSED"), ...Array(6 - n).fill("PRESENT")] }) as const;
    const lessons = schoolLessons("2025-02-03", "2025-02-14", { "2025-02-03": late(3), "2025-02-04": late(3), "2025-02-05": late(6) });
    // 3, then 6 (level 1 at threshold 5 says 6), then 12: levels 2 (10) and 3 (11) on one day, both with that day's 12.
    expect(signals(rulesInput(lessons), "LATE_ARRIVALS")).toEqual([
      signal({ kind: "LATE_ARRIVALS", start: "2025-02-03", reachedOn: "2025-02-04", level: 1, count: 6 }),
      signal({ kind: "LATE_ARRIVALS", start: "2025-02-03", reachedOn: "2025-02-05", level: 2, count: 12 }),
      signal({ kind: "LATE_ARRIVALS", start: "2025-02-03", reachedOn: "2025-02-05", level: 3, count: 12 }),
    ]);
  });

  it("LATE_EXCUSED does not count, and the count starts again on 1 August", () => {
    const excused = { ...ONE_LATE, status: ["LATE_EXCUSED", "PRESENT", "PRESENT", "PRESENT", "PRESENT", "PRESENT"] } as const;
    expect(signals(rulesInput(schoolLessons("2025-02-03", "2025-02-28", {}, excused)), "LATE_ARRIVALS")).toEqual([]);
    const acrossYears = [
      ...schoolLessons("2025-06-30", "2025-07-04", on(weekdays("2025-06-30", "2025-07-03"), ONE_LATE)),
      ...schoolLessons("2025-09-01", "2025-09-05", on(["2025-09-01"], ONE_LATE)),
    ];
    expect(signals(rulesInput(acrossYears), "LATE_ARRIVALS")).toEqual([]);
  });
});
