import { expect, it } from "vitest";
import { isValidBsn, randomBsn } from "./bsn";
import { createRng } from "./random";

it("accepts numbers passing the elfproef and rejects others", () => {
  expect(isValidBsn("111222333")).toBe(true);
  expect(isValidBsn("123456782")).toBe(true);
  expect(isValidBsn("123456789")).toBe(false);
  expect(isValidBsn("12345678")).toBe(false);
  expect(isValidBsn("000000000")).toBe(false);
});

it("makes unique valid numbers", () => {
  const rng = createRng(1);
  const used = new Set<string>();
  for (let i = 0; i < 500; i++) expect(isValidBsn(randomBsn(rng, used))).toBe(true);
  expect(used.size).toBe(500);
});
