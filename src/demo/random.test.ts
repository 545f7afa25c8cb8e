import { describe, expect, it } from "vitest";
import { createRng } from "./random";

describe("createRng", () => {
  it("gives the same sequence for the same seed", () => {
    const a = createRng(42);
    const b = createRng(42);
    expect(Array.from({ length: 5 }, () => a.uint32())).toEqual(Array.from({ length: 5 }, () => b.uint32()));
  });

  it("gives different sequences for different seeds", () => {
    expect(createRng(1).uint32()).not.toBe(createRng(2).uint32());
  });

  it("keeps numbers in range", () => {
    const rng = createRng(7);
    for (let i = 0; i < 1000; i++) {
      const n = rng.int(3, 5);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
      const f = rng.next();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
    }
  });

  it("forks independently of the draws made before the fork", () => {
    const a = createRng(9);
    const b = createRng(9);
    b.uint32();
    b.uint32();
    expect(a.fork("pupil-1").uint32()).toBe(b.fork("pupil-1").uint32());
    expect(a.fork("pupil-1").uint32()).not.toBe(a.fork("pupil-2").uint32());
  });

  it("shuffles without losing items", () => {
    expect(createRng(3).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
  });
});
