import { expect, it } from "vitest";
import { startPageFor } from "./roles";

it("sends a teacher who is also a mentor to today's lessons, a pure mentor to their class", () => {
  expect(startPageFor(["TEACHER", "MENTOR"])).toBe("/docent");
  expect(startPageFor(["MENTOR"])).toBe("/mentor");
  expect(startPageFor(["PARENT"])).toBe("/ouder");
  expect(startPageFor(["PUPIL"])).toBe("/leerling");
  expect(startPageFor(["COORDINATOR", "TEACHER"])).toBe("/verzuim");
  expect(startPageFor([])).toBeNull();
});
