import { describe, expect, it } from "vitest";

import { requestIdOf } from "./request-id.mjs";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("requestIdOf", () => {
  it("keeps a proxy's id: a UUID, nginx's hex id, an AWS trace id", () => {
    for (const id of ["3f2c1a9e-7b4d-4e1f-9a2b-0c8d7e6f5a4b", "9f8e7d6c5b4a39281706f5e4d3c2b1a0", "Root=1-67891233-abcdef012345678912345678", "a"]) {
      expect(requestIdOf(id)).toBe(id);
    }
  });

  it("makes a new id when none came, or one that is too long, has spaces, quotes, @ or line breaks, or came twice", () => {
    for (const incoming of [undefined, "", "a".repeat(129), "abc 123", 'abc"}', "jan@school.nl", "abc\ndef", "-leading-dash", "a, b", ["a", "b"]]) {
      const id = requestIdOf(incoming);
      expect(id).toMatch(UUID);
      expect(id).not.toBe(incoming);
    }
  });

  it("keeps an id of exactly 128 characters", () => {
    expect(requestIdOf("a".repeat(128))).toBe("a".repeat(128));
  });

  it("makes a different id for every request", () => {
    expect(requestIdOf(undefined)).not.toBe(requestIdOf(undefined));
  });
});
