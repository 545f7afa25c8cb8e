import { describe, expect, it } from "vitest";
import { periodsOverlap } from "./report-period";

const D = "2026-11-23";
describe("periodsOverlap", () => {
  it("finds an open sick report overlapping everything after its start", () => {
    const open = { startDate: D, startMinutes: 560, endDate: null, endMinutes: null };
    expect(periodsOverlap(open, { startDate: "2026-12-01", startMinutes: 600, endDate: "2026-12-01", endMinutes: 660 })).toBe(true);
    expect(periodsOverlap(open, { startDate: D, startMinutes: 480, endDate: D, endMinutes: 560 })).toBe(false);
  });
  it("lets periods that only touch pass", () => {
    expect(periodsOverlap({ startDate: D, startMinutes: null, endDate: D, endMinutes: 720 }, { startDate: D, startMinutes: 720, endDate: D, endMinutes: 780 })).toBe(false);
    expect(periodsOverlap({ startDate: D, startMinutes: null, endDate: D, endMinutes: 721 }, { startDate: D, startMinutes: 720, endDate: D, endMinutes: 780 })).toBe(true);
  });
  it("treats a missing end time as the end of that day", () => {
    expect(periodsOverlap({ startDate: D, startMinutes: null, endDate: D, endMinutes: null }, { startDate: D, startMinutes: 1400, endDate: D, endMinutes: 1410 })).toBe(true);
    expect(periodsOverlap({ startDate: D, startMinutes: null, endDate: D, endMinutes: null }, { startDate: "2026-11-24", startMinutes: 0, endDate: null, endMinutes: null })).toBe(false);
  });
});
