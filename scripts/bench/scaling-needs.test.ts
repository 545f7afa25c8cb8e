import { describe, expect, it } from "vitest";
import { ASSUMPTIONS, needsFor, type TMeasuredCpu } from "./scaling-needs";

const CPU: TMeasuredCpu = { register: { appMs: 30, postgresMs: 30 }, report: { totalMs: 10 }, nightlyPupil: { workerMs: 1, postgresMs: 4 } };

describe("needsFor", () => {
  it("works out one school's busiest minute as docs/scaling.md does by hand", () => {
    const one = needsFor(1, CPU);
    // 1,540 pupils / 25 = 61.6 groups, 90 % in the first hour = 55.4 registers, a quarter in one minute.
    expect(one.registersPerSecond).toBe(0.23);
    // 3 % of 1,540 pupils reported, a quarter of them in one minute.
    expect(one.reportsPerSecond).toBe(0.19);
    // 0.231 × 30 ms + 0.1925 × 10 ms = 8.9 ms per second on each side.
    expect(one.appCoresBusy).toBe(0.01);
    expect(one.appCores).toBe(1);
  });

  it("grows with the schools, and provisions whole cores at the target utilisation", () => {
    const country = needsFor(650, CPU);
    expect(country.pupils).toBe(650 * ASSUMPTIONS.pupilsPerSchool);
    expect(country.registersPerSecond).toBeCloseTo(650 * 0.231, 0);
    // (150.2 × 30 + 125.1 × 10) / 1000 = 5.76 cores busy; at 50 % that is 12 cores.
    expect(country.appCoresBusy).toBeCloseTo(5.76, 1);
    expect(country.appCores).toBe(12);
    // 1 M pupils × 5 ms = 5,005 CPU seconds = 83.4 CPU minutes; in one night hour 0.28 worker and 1.11 PostgreSQL cores.
    expect(country.nightlyCpuMinutes).toBe(83.4);
    expect(country.nightlyWorkerCores).toBe(0.28);
    expect(country.nightlyPostgresCores).toBe(1.11);
  });
});
