import { expect, it } from "vitest";

import { schoolYearStart } from "./school-year-start";

it("starts the school year on 1 August", () => {
  expect(schoolYearStart("2027-07-31")).toBe("2026-08-01");
  expect(schoolYearStart("2027-08-01")).toBe("2027-08-01");
  expect(schoolYearStart("2026-12-31")).toBe("2026-08-01");
});
