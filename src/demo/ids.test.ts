import { expect, it } from "vitest";
import { createIdFactory } from "./ids";
import { createRng } from "./random";

it("makes unique, ordered, version-7 shaped UUIDs, the same for the same seed", () => {
  const ids = Array.from({ length: 1000 }, createIdFactory(createRng(5), Date.UTC(2025, 7, 1)));
  for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(new Set(ids).size).toBe(1000);
  expect([...ids].sort()).toEqual(ids);
  expect(Array.from({ length: 1000 }, createIdFactory(createRng(5), Date.UTC(2025, 7, 1)))).toEqual(ids);
});
