import { describe, expect, it } from "vitest";
import { dutchDate } from "./school-time";
import { periodText } from "./period-text";

describe("periodText", () => {
  it("names a one-day period by its day, never 'vanaf … tot en met' the same day", () => {
    expect(periodText("2026-12-07", "2026-12-07", { form: "sentence", formatDate: dutchDate })).toBe("op maandag 7 december");
    expect(periodText("2026-12-07", "2026-12-07")).toBe("7 december 2026");
  });

  it("writes a longer period from its first to its last day, both included", () => {
    expect(periodText("2026-12-07", "2026-12-09", { form: "sentence", formatDate: dutchDate })).toBe("van maandag 7 december tot en met woensdag 9 december");
    expect(periodText("2026-11-02", "2026-11-04")).toBe("2 november 2026 tot en met 4 november 2026");
    expect(periodText("2026-11-02", "2026-11-04", { through: "t/m" })).toBe("2 november 2026 t/m 4 november 2026");
  });

  it("writes an open period as 'vanaf' in either form", () => {
    expect(periodText("2026-11-02", null)).toBe("vanaf 2 november 2026");
    expect(periodText("2026-11-02", null, { form: "sentence" })).toBe("vanaf 2 november 2026");
  });
});
