import { describe, expect, it } from "vitest";
import { percentile, summarize } from "./register-stats";

describe("percentile", () => {
  it("is the nearest rank: p95 of 1..20 is 19, p99 is 20", () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 99)).toBe(20);
  });

  it("is NaN without values, and a summary of nothing reports zeros", () => {
    expect(percentile([], 50)).toBeNaN();
    expect(summarize([])).toEqual({ count: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0, maxMs: 0, meanMs: 0 });
  });
});
