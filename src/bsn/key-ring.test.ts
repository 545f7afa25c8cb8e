import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bsnKeyFingerprint, generateBsnKeyEntry, parseBsnKey, parseBsnKeyRing } from "./key-ring";

const key = randomBytes(32);
const b64 = key.toString("base64");

describe("parseBsnKey / parseBsnKeyRing", () => {
  it("reads `id:base64` and plain base64 (id = fingerprint)", () => {
    expect(parseBsnKey(`2026-01:${b64}`)).toEqual({ id: "2026-01", key });
    expect(parseBsnKey(b64)).toEqual({ id: bsnKeyFingerprint(key), key });
    expect(parseBsnKey(generateBsnKeyEntry()).key).toHaveLength(32);
  });

  it("refuses keys of the wrong length or form without repeating them", () => {
    const short = randomBytes(16).toString("base64");
    expect(() => parseBsnKey(short)).toThrow("sleutel moet 32 bytes zijn (base64), niet 16");
    expect(() => parseBsnKey("geen base64!")).toThrow("sleutel moet base64 zijn");
    expect(() => parseBsnKey(`a b:${b64}`)).toThrow(/sleutel-id/);
    try {
      parseBsnKey(short);
    } catch (error) {
      expect((error as Error).message).not.toContain(short);
    }
  });

  it("keeps the current key first and the older keys for decryption; refuses two keys under one id", () => {
    const old = randomBytes(32).toString("base64");
    const ring = parseBsnKeyRing(`new:${b64}`, ` old:${old} ,`);
    expect(ring.current.id).toBe("new");
    expect([...ring.byId.keys()]).toEqual(["new", "old"]);
    expect(() => parseBsnKeyRing(`x:${b64}`, `x:${old}`)).toThrow("twee verschillende sleutels met id x");
  });
});
