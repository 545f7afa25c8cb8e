import { describe, expect, it } from "vitest";
import { on, rulesInput, schoolLessons, signal, signals, weekdays } from "./rules-test-kit";

const ABSENT = "ABSENT_UNEXCUSED";

function brief(list: ReturnType<typeof signals>): string[] {
  return list.map((s) => `${s.reachedOn} ${s.kind}${s.repeat ? " (repeat)" : ""} ${s.start}..${s.end ?? "open"}`);
}

describe("LONG_TERM_RELATIVE: langdurig relatief verzuim", () => {
  it("opens after 4 compressed weeks, starting after the last 16-hour report, and stays open without end date", () => {
    const lessons = schoolLessons("2025-01-06", "2025-03-14", on(weekdays("2025-02-03", "2025-03-14"), ABSENT));
    expect(signals(rulesInput(lessons), "LONG_TERM_RELATIVE")).toEqual([
      signal({
        kind: "LONG_TERM_RELATIVE",
        mandatory: true,
        start: "2025-02-27",
        end: null,
        reachedOn: "2025-03-03",
        dueBy: "2025-03-10",
      }),
    ]);
  });

  it("closes when the pupil is back: end = the last full-absence day; 16-hour counting restarts after it with a first report", () => {
    const lessons = schoolLessons("2025-01-06", "2025-03-28", {
      ...on(weekdays("2025-02-03", "2025-03-14"), ABSENT),
      ...on(weekdays("2025-03-18", "2025-03-20"), ABSENT),
    });
    const result = signals(rulesInput(lessons));
    expect(result.find((s) => s.kind === "LONG_TERM_RELATIVE")).toMatchObject({ start: "2025-02-27", end: "2025-03-14" });
    // cd(26 Feb, 20 Mar) < 28, but after an LRV the next 16-hour report is a first report.
    expect(brief(result.filter((s) => s.kind === "RELATIVE_16H")).at(-1)).toBe("2025-03-20 RELATIVE_16H 2025-03-18..2025-03-20");
  });

  it("starts on the run's first day when no 16-hour report ended inside the run", () => {
    // One 30-minute lesson a day: 10 hours in 4 weeks, never 16, yet every day is a full-absence day.
    const lessons = schoolLessons("2025-01-06", "2025-03-07", {}, "PRESENT").filter((l) => l.start === "08:30");
    const shortDays = lessons.map((l) => (l.date >= "2025-02-03" ? { ...l, end: "09:00", status: ABSENT as typeof l.status } : { ...l, end: "09:00" }));
    expect(signals(rulesInput(shortDays), "LONG_TERM_RELATIVE")).toEqual([
      signal({ kind: "LONG_TERM_RELATIVE", mandatory: true, start: "2025-02-03", end: null, reachedOn: "2025-03-03", dueBy: "2025-03-10" }),
    ]);
    expect(signals(rulesInput(shortDays), "RELATIVE_16H")).toEqual([]);
  });

  it("when an LRV and a 16-hour repeat would fire on the same day, only the LRV fires", () => {
    const partly = { status: [ABSENT, ABSENT, ABSENT, ABSENT, ABSENT, "PRESENT"] } as const;
    const lessons = schoolLessons("2025-01-06", "2025-03-07", {
      "2025-01-30": partly,
      "2025-01-31": partly,
      ...on(weekdays("2025-02-03", "2025-03-07"), ABSENT),
    });
    expect(brief(signals(rulesInput(lessons)).filter((s) => s.mandatory))).toEqual([
      "2025-02-03 RELATIVE_16H 2025-01-30..2025-02-03",
      "2025-02-10 RELATIVE_16H (repeat) 2025-02-04..2025-02-10",
      "2025-02-17 RELATIVE_16H (repeat) 2025-02-11..2025-02-17",
      "2025-02-24 RELATIVE_16H (repeat) 2025-02-18..2025-02-24",
      // 3 March is also the 7th day after 24 February with 30 hours: the LRV wins.
      "2025-03-03 LONG_TERM_RELATIVE 2025-02-25..open",
    ]);
  });

  it("a run is neither broken nor extended by school days without registered lessons (CANCELLED, UNREGISTERED)", () => {
    const lessons = schoolLessons("2025-01-06", "2025-03-14", {
      ...on(weekdays("2025-02-03", "2025-03-14"), ABSENT),
      ...on(weekdays("2025-02-17", "2025-02-21"), "CANCELLED"),
      "2025-02-24": "UNREGISTERED",
    });
    expect(signals(rulesInput(lessons), "LONG_TERM_RELATIVE")[0]).toMatchObject({ reachedOn: "2025-03-03" });
  });

  it("a pupil who turns 18 during an open LRV: the LRV ends before the birthday, RMC_18PLUS follows at once", () => {
    const lessons = schoolLessons("2025-01-06", "2025-04-11", on(weekdays("2025-02-03", "2025-04-11"), ABSENT));
    const result = signals(rulesInput(lessons, { birthDate: "2007-03-10" }));
    expect(brief(result)).toEqual([
      "2025-02-04 UNEXCUSED_LETTER 2025-02-03..2025-02-04",
      "2025-02-05 RELATIVE_16H 2025-02-03..2025-02-05",
      "2025-02-12 RELATIVE_16H (repeat) 2025-02-06..2025-02-12",
      "2025-02-19 RELATIVE_16H (repeat) 2025-02-13..2025-02-19",
      "2025-02-26 RELATIVE_16H (repeat) 2025-02-20..2025-02-26",
      "2025-03-03 HOMEBOUND 2025-02-03..2025-03-07",
      "2025-03-03 LONG_TERM_RELATIVE 2025-02-27..2025-03-07",
      "2025-03-10 RMC_18PLUS 2025-02-03..2025-03-10",
      "2025-04-07 RMC_18PLUS_FOLLOWUP 2025-03-11..2025-04-07",
    ]);
    expect(result.find((s) => s.kind === "RMC_18PLUS")).toMatchObject({ mandatory: true, dueBy: "2025-03-17" });
  });

  it("an LRV open on asOf after the 18th birthday without school days in between is closed too", () => {
    const lessons = schoolLessons("2025-05-19", "2025-07-11", on(weekdays("2025-05-26", "2025-07-11"), ABSENT));
    const summer = [{ name: "Zomervakantie", start: "2025-07-12", end: "2025-08-24" }];
    const input = rulesInput(lessons, { birthDate: "2007-07-20", holidays: summer, asOf: "2025-08-01" });
    expect(signals(input, "LONG_TERM_RELATIVE")).toMatchObject([{ end: "2025-07-11" }]);
  });
});

describe("RMC_18PLUS and follow-ups (18+, no startkwalificatie)", () => {
  const lessons = schoolLessons("2025-01-06", "2025-04-25", {
    ...on(weekdays("2025-02-03", "2025-04-11"), ABSENT),
    ...on(weekdays("2025-04-15", "2025-04-17"), ABSENT),
  });
  const result = signals(rulesInput(lessons, { birthDate: "2006-01-01" }));

  it("reports the run after 4 compressed weeks, then every further 4 weeks, with due dates", () => {
    expect(result.filter((s) => s.kind.startsWith("RMC"))).toEqual([
      signal({ kind: "RMC_18PLUS", mandatory: true, start: "2025-02-03", reachedOn: "2025-03-03", dueBy: "2025-03-10" }),
      signal({ kind: "RMC_18PLUS_FOLLOWUP", mandatory: true, start: "2025-03-04", reachedOn: "2025-03-31", dueBy: "2025-04-07" }),
    ]);
  });

  it("has no LRV and no HOMEBOUND; the optional 16-hour reports stop while the RMC run goes on and restart after it", () => {
    expect(result.some((s) => s.kind === "LONG_TERM_RELATIVE" || s.kind === "HOMEBOUND")).toBe(false);
    expect(brief(result.filter((s) => s.kind === "RELATIVE_16H"))).toEqual([
      "2025-02-05 RELATIVE_16H 2025-02-03..2025-02-05",
      "2025-02-12 RELATIVE_16H (repeat) 2025-02-06..2025-02-12",
      "2025-02-19 RELATIVE_16H (repeat) 2025-02-13..2025-02-19",
      "2025-02-26 RELATIVE_16H (repeat) 2025-02-20..2025-02-26",
      "2025-04-17 RELATIVE_16H 2025-04-15..2025-04-17",
    ]);
    expect(result.filter((s) => s.kind === "RELATIVE_16H").every((s) => !s.mandatory && s.dueBy === null)).toBe(true);
  });
});
