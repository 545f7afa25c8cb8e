import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT } from "./body-limits";
import { pageWriteRefusal } from "./page-write-refusal";

const ours = { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" };
const refusal = (method: string, headers: Record<string, string>) => pageWriteRefusal(method, new Headers(headers))?.status ?? null;

describe("pageWriteRefusal (server actions, in proxy.ts)", () => {
  it("lets our own forms and action calls through, and every read", () => {
    expect(refusal("POST", { ...ours, "content-type": "multipart/form-data; boundary=----x", "content-length": "900" })).toBeNull();
    expect(refusal("POST", { ...ours, "content-type": "text/plain;charset=UTF-8" })).toBeNull();
    expect(refusal("GET", { host: "127.0.0.1:3000", "content-type": "application/xml" })).toBeNull();
  });

  it("refuses another site with 403, before anything else", () => {
    expect(refusal("POST", { ...ours, origin: "https://evil.example", "content-type": "multipart/form-data; boundary=x" })).toBe(403);
    expect(refusal("POST", { host: "127.0.0.1:3000", "content-type": "application/json" })).toBe(403);
  });

  it("refuses a body an action does not send with 415", () => {
    for (const type of ["application/json", "application/x-www-form-urlencoded", "application/xml", ""]) {
      expect(refusal("POST", { ...ours, "content-type": type }), type).toBe(415);
    }
  });

  it("refuses a declared length over the limit with 413", () => {
    const form = { ...ours, "content-type": "multipart/form-data; boundary=x" };
    expect(refusal("POST", { ...form, "content-length": String(ACTION_BODY_LIMIT) })).toBeNull();
    expect(refusal("POST", { ...form, "content-length": String(ACTION_BODY_LIMIT + 1) })).toBe(413);
  });
});
