import { describe, expect, it } from "vitest";
import { schoolYearOf } from "./first-school-year";

describe("schoolYearOf", () => {
  it("runs from 1 August to 31 July", () => {
    expect(schoolYearOf("2026-12-07")).toEqual({ name: "2026-2027", start: "2026-08-01", end: "2027-07-31", startYear: 2026 });
    expect(schoolYearOf("2027-07-31")).toMatchObject({ name: "2026-2027" });
    expect(schoolYearOf("2027-08-01")).toMatchObject({ name: "2027-2028" });
  });
});
