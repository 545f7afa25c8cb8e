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
