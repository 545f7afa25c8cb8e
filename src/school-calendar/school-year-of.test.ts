import { describe, expect, it } from "vitest";
import { schoolYearStartOf } from "./school-year-of";

describe("schoolYearStartOf", () => {
  it("runs from 1 August to 31 July", () => {
    expect(schoolYearStartOf("2026-12-07")).toBe(2026);
    expect(schoolYearStartOf("2027-07-31")).toBe(2026);
    expect(schoolYearStartOf("2027-08-01")).toBe(2027);
  });
});
