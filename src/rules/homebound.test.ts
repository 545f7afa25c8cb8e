import { describe, expect, it } from "vitest";
import { on, rulesInput, schoolLessons, signal, signals, weekdays } from "./rules-test-kit";

describe("HOMEBOUND: thuiszitter, absent for any reason", () => {
  it("level 1 after 4 compressed weeks and level 2 after 91, open while the run lasts", () => {
    const lessons = schoolLessons("2025-01-06", "2025-06-06", on(weekdays("2025-02-03", "2025-06-06"), "SICK"));
    const may = [{ name: "Meivakantie", start: "2025-04-26", end: "2025-05-04" }];
    expect(signals(rulesInput(lessons, { holidays: may }), "HOMEBOUND")).toEqual([
      signal({ kind: "HOMEBOUND", start: "2025-02-03", end: null, reachedOn: "2025-03-03", level: 1 }),
      // 91 compressed days: 5 May, plus the 9 days of the May holiday.
      signal({ kind: "HOMEBOUND", start: "2025-02-03", end: null, reachedOn: "2025-05-14", level: 2 }),
    ]);
  });

  it("closes when the pupil is back, with end = the last absent day; mixed reasons make one run", () => {
    const lessons = schoolLessons("2025-01-06", "2025-03-21", {
      ...on(weekdays("2025-02-03", "2025-02-14"), "SICK"),
      ...on(weekdays("2025-02-17", "2025-02-28"), "ABSENT_UNEXCUSED"),
      ...on(weekdays("2025-03-03", "2025-03-07"), { status: "SCHOOL_INITIATED", reason: "SUSPENSION" }),
    });
    expect(signals(rulesInput(lessons), "HOMEBOUND")).toEqual([
      signal({ kind: "HOMEBOUND", start: "2025-02-03", end: "2025-03-07", reachedOn: "2025-03-03", level: 1 }),
    ]);
  });

  it("a present lesson on a day breaks the run", () => {
    const lessons = schoolLessons("2025-01-06", "2025-03-21", {
      ...on(weekdays("2025-02-03", "2025-03-21"), "SICK"),
      "2025-02-20": { status: ["SICK", "SICK", "SICK", "PRESENT", "SICK", "SICK"] },
    });
    expect(signals(rulesInput(lessons), "HOMEBOUND")).toMatchObject([{ start: "2025-02-21", reachedOn: "2025-03-21" }]);
  });

  it("is for pupils under compulsory education only", () => {
    const lessons = schoolLessons("2025-01-06", "2025-03-21", on(weekdays("2025-02-03", "2025-03-21"), "SICK"));
    expect(signals(rulesInput(lessons, { birthDate: "2006-01-01" }), "HOMEBOUND")).toEqual([]);
  });
});
