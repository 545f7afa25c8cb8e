import { expect, it } from "vitest";
import { generateDemoSchools } from "./generate-schools";

it("generates N schools of M pupils, lazily, with nothing shared between them", () => {
  const schools = [...generateDemoSchools({ seed: 3, today: "2026-11-23", schools: 3, pupilsPerSchool: 40 })];
  expect(schools.map((s) => s.pupils.length)).toEqual([40, 40, 40]);
  expect(new Set(schools.map((s) => s.school.brin)).size).toBe(3);
  expect(new Set(schools.map((s) => s.school.region))).toEqual(new Set(["NORTH", "MIDDLE", "SOUTH"]));
  const ids = schools.flatMap((s) => [s.school.id, ...s.pupils.map((p) => p.id), ...s.lessons.map((l) => l.id)]);
  expect(new Set(ids).size).toBe(ids.length);
  const emails = schools.flatMap((s) => s.users.map((u) => u.email));
  expect(new Set(emails).size).toBe(emails.length);
});
