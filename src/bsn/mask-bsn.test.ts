import { describe, expect, it } from "vitest";
import { maskBsn } from "./mask-bsn";

describe("maskBsn", () => {
  it("shows only the last four digits, behind five dots", () => {
    expect(maskBsn("123456782")).toBe("•••••6782");
    expect(maskBsn("123456782")).not.toMatch(/1234/);
  });
});
