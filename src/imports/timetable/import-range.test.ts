import { describe, expect, it } from "vitest";
import { importRange } from "./import-range";

describe("importRange", () => {
  it("runs from the chosen date to the Sunday of the file's last week", () => {
    expect(importRange(["2026-11-24", "2026-11-26"], "2026-11-25")).toEqual({ start: "2026-11-25", end: "2026-11-29" });
  });
  it("starts on the Monday of the file's first week when the file starts after the chosen date", () => {
    expect(importRange(["2026-12-02", "2026-12-10"], "2026-11-01")).toEqual({ start: "2026-11-30", end: "2026-12-13" });
  });
  it("is null when no lesson is on or after the chosen date", () => {
    expect(importRange(["2026-11-20"], "2026-11-23")).toBeNull();
  });
});
