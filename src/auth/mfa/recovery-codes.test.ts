import { describe, expect, it } from "vitest";
import { encryptTotpSecret, decryptTotpSecret } from "./totp-secret-cipher";
import { hashRecoveryCode, newRecoveryCode, normalizeRecoveryCode } from "./recovery-codes";
import { parseBsnKeyRing } from "@/bsn/key-ring";
import { otpauthUri } from "./otpauth-uri";

describe("recovery codes", () => {
  it("are 12 unambiguous characters in three groups, and differ each time", () => {
    const codes = Array.from({ length: 50 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(new Set(codes).size).toBe(50);
  });

  it("hash the same whatever the case, spaces or dashes typed", () => {
    const code = newRecoveryCode();
    expect(hashRecoveryCode(code.toLowerCase().replace(/-/g, " "))).toBe(hashRecoveryCode(code));
    expect(hashRecoveryCode(code)).not.toContain(code.replace(/-/g, ""));
    expect(normalizeRecoveryCode("123456")).toBeNull();
    expect(normalizeRecoveryCode("ABCD-EFGH-IJK0")).toBeNull();
  });
});

describe("the TOTP secret at rest", () => {
  const ring = parseBsnKeyRing(`k1:${Buffer.alloc(32, 7).toString("base64")}`);
  const secret = Buffer.from("12345678901234567890");

  it("decrypts for its own user only", () => {
    const stored = encryptTotpSecret(secret, { keyRing: ring, userId: "u1" });
    expect(stored).toMatch(/^v1:k1:/);
    expect(stored).not.toContain(secret.toString("base64"));
    expect(decryptTotpSecret(stored, { keyRing: ring, userId: "u1" }).equals(secret)).toBe(true);
    expect(() => decryptTotpSecret(stored, { keyRing: ring, userId: "u2" })).toThrow(/onleesbaar/);
  });
});

describe("otpauthUri", () => {
  it("names the issuer and the account, with the secret in base32", () => {
    expect(otpauthUri(Buffer.from("foobar"), { account: "a@b.nl" }))
      .toBe("otpauth://totp/Aanwezig:a%40b.nl?secret=MZXW6YTBOI&issuer=Aanwezig&algorithm=SHA1&digits=6&period=30");
  });
});
