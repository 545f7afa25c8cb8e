import { describe, expect, it } from "vitest";
import { findUnsafeText, isNestedDeeperThan, isUnsafeText } from "./unsafe-text";

describe("isUnsafeText", () => {
  it("finds a NUL character and lone surrogates", () => {
    for (const text of ["a\u0000b", "\u0000", "\ud800", "x\udc00", "\ud83d", "\ude00😀"]) expect(isUnsafeText(text), JSON.stringify(text)).toBe(true);
  });

  it("lets ordinary text, accents and emoji (surrogate pairs) through", () => {
    for (const text of ["", "Jan de Vries", "Zoë Ağca", "😀 te laat", "%00", "\\u0000", "\ufffd"]) expect(isUnsafeText(text), JSON.stringify(text)).toBe(false);
  });
});

describe("findUnsafeText", () => {
  it("names the field, also inside lists and in keys", () => {
    expect(findUnsafeText({ marks: [{ pupilId: "ok" }, { pupilId: "a\u0000" }] })).toBe("marks.1.pupilId");
    expect(findUnsafeText({ "na\u0000am": "x" })).toBe("na\ufffdam");
    expect(findUnsafeText("\ud800")).toBe("_");
    expect(findUnsafeText({ marks: [{ pupilId: "ok", late: 3, flag: true, none: null }] })).toBeNull();
  });
});

describe("isNestedDeeperThan", () => {
  const nested = (depth: number): unknown => (depth === 0 ? "x" : [nested(depth - 1)]);
  it("counts levels of arrays and objects", () => {
    expect(isNestedDeeperThan({ marks: [{ pupilId: "x" }] }, 3)).toBe(false);
    expect(isNestedDeeperThan(nested(3), 2)).toBe(true);
    expect(isNestedDeeperThan(nested(16))).toBe(false);
    expect(isNestedDeeperThan(nested(17))).toBe(true);
  });
});
