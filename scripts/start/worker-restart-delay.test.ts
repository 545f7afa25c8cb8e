import { describe, expect, it } from "vitest";

import { FIRST_RESTART_DELAY_MS, HEALTHY_RUN_MS, MAX_RESTART_DELAY_MS, nextRestartDelayMs } from "./worker-restart-delay";

describe("the pause before a stopped worker is started again", () => {
  it("is a second after its first stop", () => {
    expect(nextRestartDelayMs(0, 500)).toBe(FIRST_RESTART_DELAY_MS);
  });

  it("doubles while the worker keeps stopping soon after its start, up to a minute", () => {
    const delays: number[] = [];
    let delay = 0;
    for (let i = 0; i < 10; i++) delays.push((delay = nextRestartDelayMs(delay, 200)));
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000]);
    expect(Math.max(...delays)).toBe(MAX_RESTART_DELAY_MS);
  });

  it("starts over after a worker that ran a healthy while", () => {
    expect(nextRestartDelayMs(32_000, HEALTHY_RUN_MS)).toBe(FIRST_RESTART_DELAY_MS);
    expect(nextRestartDelayMs(32_000, HEALTHY_RUN_MS - 1)).toBe(60_000);
  });
});
