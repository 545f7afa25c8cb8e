import { expect, it } from "vitest";
import { parseDateParam } from "./parse-date-param";

it("accepts a real date up to the latest and falls back otherwise", () => {
  const bounds = { fallback: "2026-11-23", latest: "2026-11-23" };
  expect(parseDateParam("2026-11-20", bounds)).toBe("2026-11-20");
  expect(parseDateParam("2026-11-24", bounds)).toBe("2026-11-23");
  expect(parseDateParam("2026-02-30", bounds)).toBe("2026-11-23");
  expect(parseDateParam(["2026-11-20"], bounds)).toBe("2026-11-23");
  expect(parseDateParam(undefined, bounds)).toBe("2026-11-23");
  expect(parseDateParam("<script>", bounds)).toBe("2026-11-23");
});
