import { describe, expect, it } from "vitest";
import { on, rulesInput, schoolLessons, signal, signals, weekdays } from "./rules-test-kit";

const SUSPENDED = { status: "SCHOOL_INITIATED", reason: "SUSPENSION" } as const;

describe("SUSPENSION_TOO_LONG: a suspension is at most one week", () => {
  it("5 days is allowed", () => {
    const lessons = schoolLessons("2025-02-03", "2025-02-21", on(weekdays("2025-02-10", "2025-02-14"), SUSPENDED));
    expect(signals(rulesInput(lessons), "SUSPENSION_TOO_LONG")).toEqual([]);
  });

  it("fires on the 6th day, once per run", () => {
    const lessons = schoolLessons("2025-02-03", "2025-02-28", on(weekdays("2025-02-10", "2025-02-21"), SUSPENDED));
    expect(signals(rulesInput(lessons), "SUSPENSION_TOO_LONG")).toEqual([
      signal({ kind: "SUSPENSION_TOO_LONG", start: "2025-02-10", reachedOn: "2025-02-17" }),
    ]);
  });

  it("sent out of class is not a suspension", () => {
    const lessons = schoolLessons(
      "2025-02-03",
      "2025-02-28",
      on(weekdays("2025-02-10", "2025-02-21"), { status: "SCHOOL_INITIATED", reason: "SENT_OUT" }),
    );
    expect(signals(rulesInput(lessons), "SUSPENSION_TOO_LONG")).toEqual([]);
  });
});
