import { describe, expect, it } from "vitest";
import { betterFromOptions, sickFromOptions } from "./time-options";

const starts = [{ period: 1, startMinutes: 510 }, { period: 2, startMinutes: 560 }, { period: 3, startMinutes: 610 }];

describe("time options", () => {
  it("offers every lesson hour of today for sick, also an earlier one", () => {
    expect(sickFromOptions(starts, 561).map((o) => o.value)).toEqual(["now", "08:30", "09:20", "10:10"]);
  });
  it("offers only lesson hours still to come for better, and tomorrow", () => {
    expect(betterFromOptions(starts, 561)).toEqual([{ value: "now", label: "Nu (09:21)" }, { value: "10:10", label: "Het 3e uur (10:10)" }, { value: "tomorrow", label: "Morgen" }]);
  });
});
