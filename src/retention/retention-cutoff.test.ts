import { describe, expect, it } from "vitest";
import { retentionCutoff } from "./retention-cutoff";

describe("retentionCutoff", () => {
  it("keeps a leaver's data for the whole period and removes it the day after", () => {
    expect(retentionCutoff("2026-08-01", 5)).toBe("2021-07-31");
    expect(retentionCutoff("2026-07-31", 5)).toBe("2021-07-30");
    expect(retentionCutoff("2026-01-01", 1)).toBe("2024-12-31");
  });

  it("handles 29 February on both sides", () => {
    expect(retentionCutoff("2028-02-29", 1)).toBe("2027-02-28");
    expect(retentionCutoff("2028-03-01", 4)).toBe("2024-02-29");
    expect(retentionCutoff("2028-03-01", 1)).toBe("2027-02-28");
  });
});
