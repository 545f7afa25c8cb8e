import { describe, expect, it } from "vitest";
import { ageOn } from "./age-on";

describe("ageOn", () => {
  it("counts a birthday on the day itself", () => {
    expect(ageOn("2010-11-23", "2026-11-23")).toBe(16);
    expect(ageOn("2010-11-24", "2026-11-23")).toBe(15);
  });
  it("lets a 29 February child turn older on 1 March in other years", () => {
    expect(ageOn("2012-02-29", "2024-02-28")).toBe(11);
    expect(ageOn("2012-02-29", "2024-02-29")).toBe(12);
    expect(ageOn("2012-02-29", "2025-02-28")).toBe(12);
    expect(ageOn("2012-02-29", "2025-03-01")).toBe(13);
  });
});
