import { expect, it } from "vitest";
import { isoWeekday } from "./iso-weekday";

it("numbers Monday 1 to Sunday 7", () => {
  expect(isoWeekday("2026-11-23")).toBe(1);
  expect(isoWeekday("2026-11-25")).toBe(3);
  expect(isoWeekday("2026-11-29")).toBe(7);
});
