import { describe, expect, it } from "vitest";
import { PROFILES } from "./profiles";
import { resolveSettings } from "./resolve-settings";

describe("profiles", () => {
  it("hold the table of RULES.md", () => {
    expect(PROFILES.default).toEqual({
      fullAbsenceShare: 1,
      lateCountsAsAbsence: false,
      holidayAdjacentDays: 2,
      lateThresholds: [5, 10, 11],
      longSickDays: 6,
      frequentSickWindowDays: 84,
      frequentSickRuns: 5,
      letterHours: 8,
    });
    expect(PROFILES.mazl).toEqual({ ...PROFILES.default, frequentSickRuns: 4 });
    expect(PROFILES.twente).toEqual({ ...PROFILES.default, longSickDays: 10, frequentSickWindowDays: 91, frequentSickRuns: 3 });
    expect(PROFILES.parkstad).toEqual({ ...PROFILES.default, lateThresholds: [6, 10, 12], longSickDays: 7 });
  });

  it("a school's override of one setting wins over its profile, the rest stays", () => {
    const settings = resolveSettings("parkstad", { longSickDays: 9, letterHours: undefined });
    expect(settings).toEqual({ ...PROFILES.parkstad, longSickDays: 9 });
    expect(PROFILES.parkstad.longSickDays).toBe(7);
  });
});
