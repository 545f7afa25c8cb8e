import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, groupBase32 } from "./base32";
import { matchTotp, totpCode, totpStep } from "./totp";

// RFC 6238, appendix B: the published test vectors (8 digits; the seeds are ASCII, one per algorithm).
const SEEDS = {
  sha1: Buffer.from("12345678901234567890"),
  sha256: Buffer.from("12345678901234567890123456789012"),
  sha512: Buffer.from("1234567890123456789012345678901234567890123456789012345678901234"),
};
const VECTORS: [number, string, string, string][] = [
  [59, "94287082", "46119246", "90693936"],
  [1111111109, "07081804", "68084774", "25091201"],
  [1111111111, "14050471", "67062674", "99943326"],
  [1234567890, "89005924", "91819424", "93441116"],
  [2000000000, "69279037", "90698825", "38618901"],
  [20000000000, "65353130", "77737706", "47863826"],
];

describe("totpCode", () => {
  it.each(VECTORS)("matches RFC 6238 at T = %i s", (seconds, sha1, sha256, sha512) => {
    const step = totpStep(seconds * 1000);
    expect(totpCode(SEEDS.sha1, step, { digits: 8 })).toBe(sha1);
    expect(totpCode(SEEDS.sha256, step, { digits: 8, algorithm: "sha256" })).toBe(sha256);
    expect(totpCode(SEEDS.sha512, step, { digits: 8, algorithm: "sha512" })).toBe(sha512);
  });

  it("gives the last six digits by default, as the apps show", () => {
    expect(totpCode(SEEDS.sha1, totpStep(59_000))).toBe("287082");
  });
});

describe("matchTotp", () => {
  const secret = SEEDS.sha1;
  const at = 1_111_111_111_000;
  const now = totpStep(at);

  it("accepts the previous, current and next step, and nothing further", () => {
    for (const offset of [-1, 0, 1]) expect(matchTotp(secret, totpCode(secret, now + offset), { atMs: at, lastUsedStep: null })).toBe(now + offset);
    for (const offset of [-2, 2]) expect(matchTotp(secret, totpCode(secret, now + offset), { atMs: at, lastUsedStep: null })).toBeNull();
  });

  it("refuses a step that was used already, or one before it", () => {
    const code = totpCode(secret, now);
    expect(matchTotp(secret, code, { atMs: at, lastUsedStep: now })).toBe("used");
    expect(matchTotp(secret, totpCode(secret, now - 1), { atMs: at, lastUsedStep: now })).toBe("used");
    expect(matchTotp(secret, "000000", { atMs: at, lastUsedStep: now })).toBeNull();
    expect(matchTotp(secret, totpCode(secret, now + 1), { atMs: at, lastUsedStep: now })).toBe(now + 1);
  });

  it("takes spaces and a dash, refuses anything but six digits", () => {
    const code = totpCode(secret, now);
    expect(matchTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, { atMs: at, lastUsedStep: null })).toBe(now);
    expect(matchTotp(secret, `${code.slice(0, 3)}-${code.slice(3)}`, { atMs: at, lastUsedStep: null })).toBe(now);
    expect(matchTotp(secret, `${code}0`, { atMs: at, lastUsedStep: null })).toBeNull();
    expect(matchTotp(secret, "", { atMs: at, lastUsedStep: null })).toBeNull();
  });
});

describe("base32", () => {
  it("encodes as RFC 4648 does and decodes back", () => {
    expect(base32Encode(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
    expect(base32Decode("mzxw 6ytb oi======").toString()).toBe("foobar");
    expect(base32Encode(SEEDS.sha1)).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(groupBase32("JBSWY3DPEHPK3PXP")).toBe("JBSW Y3DP EHPK 3PXP");
    expect(() => base32Decode("AB1")).toThrow();
  });
});
