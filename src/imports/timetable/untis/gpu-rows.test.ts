import { describe, expect, it } from "vitest";
import { field, gpuRows, untisDate, wholeNumber } from "./gpu-rows";

describe("gpu rows", () => {
  it("trims fields and numbers them from 1 as the Untis manual does", () => {
    const [row] = gpuRows(' 7 ;" 2B ";JAN\n');
    expect(row!.fields).toEqual(["7", "2B", "JAN"]);
    expect(field(row!, 1)).toBe("7");
    expect(field(row!, 9)).toBe("");
  });

  it("reads whole numbers and Untis dates strictly", () => {
    expect(wholeNumber("12")).toBe(12);
    expect(wholeNumber("1.5")).toBeNull();
    expect(wholeNumber("")).toBeNull();
    expect(untisDate("20260831")).toBe("2026-08-31");
    expect(untisDate("20280229")).toBe("2028-02-29");
    expect(untisDate("20260229")).toBeNull();
    expect(untisDate("31-08-2026")).toBeNull();
  });
});
