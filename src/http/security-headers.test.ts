import { describe, expect, it } from "vitest";
import { createNonce, pageContentSecurityPolicy } from "./security-headers";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0]!, d.split(" ").slice(1)]));

describe("pageContentSecurityPolicy", () => {
  it("allows scripts from our own files, with this response's nonce and the static pages' hashes, never inline", () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: "abc", inlineScriptHashes: ["sha256-x"], inlineStyleHashes: ["sha256-y"], https: false, development: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc'", "'sha256-x'"]);
    expect(policy.get("style-src")).toEqual(["'self'", "'nonce-abc'", "'sha256-y'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
  });

  it("has no nonce for a prerendered page, and upgrades requests on https", () => {
    const policy = pageContentSecurityPolicy({ nonce: null, inlineScriptHashes: ["sha256-x"], https: true, development: false });
    expect(policy).not.toContain("nonce");
    expect(policy).toContain("upgrade-insecure-requests");
  });

  it("loosens only under next dev, which evaluates code and injects styles", () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: "abc", inlineScriptHashes: [], https: false, development: true }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });
});

describe("createNonce", () => {
  it("is 128 random bits, new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from([...nonces][0]!, "base64")).toHaveLength(16);
  });
});
