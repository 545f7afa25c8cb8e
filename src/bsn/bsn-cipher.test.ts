import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BsnUnreadableError, bsnKeyIdOf, decryptBsn, encryptBsn } from "./bsn-cipher";
import { parseBsnKeyRing } from "./key-ring";

const keyA = `a:${randomBytes(32).toString("base64")}`;
const keyB = `b:${randomBytes(32).toString("base64")}`;
const ring = parseBsnKeyRing(keyA);
const owner = { schoolId: "0196f0a0-0000-7000-8000-000000000001", pupilId: "0196f0a0-0000-7000-8000-0000000000aa" };

/** Changes one base64 character of the given part (3 = ciphertext, 4 = tag). */
function flip(stored: string, part: number): string {
  const parts = stored.split(":");
  const text = parts[part]!;
  parts[part] = (text[0] === "A" ? "B" : "A") + text.slice(1);
  return parts.join(":");
}

describe("encryptBsn / decryptBsn", () => {
  it("round-trips, in the versioned text form, with a fresh IV each time", () => {
    const stored = encryptBsn("123456782", { keyRing: ring, owner });
    expect(stored).toMatch(/^v1:a:[A-Za-z0-9+/=]{16}:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]{24}$/);
    expect(stored).not.toContain("123456782");
    expect(encryptBsn("123456782", { keyRing: ring, owner })).not.toBe(stored);
    expect(decryptBsn(stored, { keyRing: ring, owner })).toBe("123456782");
    expect(bsnKeyIdOf(stored)).toBe("a");
  });

  it("refuses a changed ciphertext or tag", () => {
    const stored = encryptBsn("123456782", { keyRing: ring, owner });
    expect(() => decryptBsn(flip(stored, 3), { keyRing: ring, owner })).toThrow(BsnUnreadableError);
    expect(() => decryptBsn(flip(stored, 4), { keyRing: ring, owner })).toThrow(BsnUnreadableError);
  });

  it("refuses a value moved to another pupil or school", () => {
    const stored = encryptBsn("123456782", { keyRing: ring, owner });
    expect(() => decryptBsn(stored, { keyRing: ring, owner: { ...owner, pupilId: "0196f0a0-0000-7000-8000-0000000000bb" } })).toThrow(/andere leerling/);
    expect(() => decryptBsn(stored, { keyRing: ring, owner: { ...owner, schoolId: "0196f0a0-0000-7000-8000-000000000002" } })).toThrow(BsnUnreadableError);
  });

  it("refuses plaintext and other forms, and never repeats the value in the message", () => {
    for (const stored of ["123456782", "v2:a:x:y:z", "v1:a:short:AAAA:AAAA"]) {
      try {
        decryptBsn(stored, { keyRing: ring, owner });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(BsnUnreadableError);
        expect((error as Error).message).not.toContain("123456782");
      }
    }
    expect(bsnKeyIdOf("123456782")).toBeNull();
  });

  it("still decrypts with an older key of the ring after rotation; refuses once that key is gone", () => {
    const old = encryptBsn("111222333", { keyRing: parseBsnKeyRing(keyB), owner });
    const rotated = parseBsnKeyRing(keyA, keyB);
    expect(decryptBsn(old, { keyRing: rotated, owner })).toBe("111222333");
    const reencrypted = encryptBsn(decryptBsn(old, { keyRing: rotated, owner }), { keyRing: rotated, owner });
    expect(bsnKeyIdOf(reencrypted)).toBe("a");
    expect(decryptBsn(reencrypted, { keyRing: ring, owner })).toBe("111222333");
    expect(() => decryptBsn(old, { keyRing: ring, owner })).toThrow(/sleutel b staat niet in de sleutelring/);
  });

  it("refuses a value made with another key under the same id", () => {
    const other = parseBsnKeyRing(`a:${randomBytes(32).toString("base64")}`);
    expect(() => decryptBsn(encryptBsn("123456782", { keyRing: other, owner }), { keyRing: ring, owner })).toThrow(BsnUnreadableError);
  });
});
