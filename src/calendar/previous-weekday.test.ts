import { expect, it } from "vitest";
import { previousWeekday } from "./previous-weekday";

it("goes back over the weekend", () => {
  expect(previousWeekday("2026-11-23")).toBe("2026-11-20"); // Monday → Friday
  expect(previousWeekday("2026-11-24")).toBe("2026-11-23");
  expect(previousWeekday("2026-11-22")).toBe("2026-11-20"); // Sunday → Friday
});
