import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { bsnKeyRing, DEVELOPMENT_BSN_KEY_ID } from "./bsn-key-ring";
import { parseBsnKey } from "./key-ring";
import { localBsnKey } from "./local-bsn-key";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("bsnKeyRing", () => {
  it("uses the public development key only outside production, and says so in its id", () => {
    vi.stubEnv("BSN_ENCRYPTION_KEY", "");
    vi.stubEnv("NODE_ENV", "test");
    expect(bsnKeyRing().current.id).toBe(DEVELOPMENT_BSN_KEY_ID);
    vi.stubEnv("NODE_ENV", "production");
    expect(() => bsnKeyRing()).toThrow("BSN_ENCRYPTION_KEY ontbreekt");
  });

  it("takes the current key and the older ones from the environment, and names a malformed one without repeating it", () => {
    const current = `nieuw:${randomBytes(32).toString("base64")}`;
    const old = `oud:${randomBytes(32).toString("base64")}`;
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("BSN_ENCRYPTION_KEY", current);
    vi.stubEnv("BSN_ENCRYPTION_OLD_KEYS", old);
    expect(bsnKeyRing().current.id).toBe("nieuw");
    expect([...bsnKeyRing().byId.keys()]).toEqual(["nieuw", "oud"]);

    const short = randomBytes(16).toString("base64");
    vi.stubEnv("BSN_ENCRYPTION_KEY", short);
    expect(() => bsnKeyRing()).toThrow("Ongeldige omgevingsvariabelen: BSN_ENCRYPTION_KEY sleutel moet 32 bytes zijn (base64), niet 16");
    expect(() => bsnKeyRing()).not.toThrow(short);
  });
});

describe("localBsnKey", () => {
  it("makes one key file beside the embedded database, readable by its owner only, and reads it back after", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "aanwezig-bsn-key-"));
    try {
      const key = await localBsnKey(path.join(dir, "data"));
      expect(parseBsnKey(key).key).toHaveLength(32);
      expect(await localBsnKey(path.join(dir, "data"))).toBe(key);
      expect((await readFile(path.join(dir, "data", "bsn-key"), "utf8")).trim()).toBe(key);
      expect((await stat(path.join(dir, "data", "bsn-key"))).mode & 0o777).toBe(0o600);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
