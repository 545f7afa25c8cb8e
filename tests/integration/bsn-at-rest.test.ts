import { execFile } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { decryptBsn, encryptBsn } from "@/bsn/bsn-cipher";
import { bsnKeyRing, DEVELOPMENT_BSN_KEY_ID } from "@/bsn/bsn-key-ring";
import { encryptPlaintextBsns } from "@/bsn/encrypt-plaintext-bsns";
import { parseBsnKeyRing } from "@/bsn/key-ring";
import { rotateBsnKeys } from "@/bsn/rotate-bsn-keys";
import { decryptTotpSecret, encryptTotpSecret } from "@/auth/mfa/totp-secret-cipher";
import { withDatabase } from "@/db/connection-string";
import { applyMigrations } from "@/db/migrate";
import { listMigrationNames } from "@/db/migration-files";
import { fromRepoRoot, MIGRATIONS_PATH } from "@/db/paths";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// BSNs at rest (decision 111): what the start-up step and `npm run bsn:rotate`
// leave in the database, read back with plain SQL.

const ENCRYPTION_MIGRATION = "20261207071039_encrypt_pupil_bsn";
const STORED_FORM = /^v1:[A-Za-z0-9_-]+:[A-Za-z0-9+/=]{16}:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]{24}$/;
const adminUrl = () => inject("testDatabaseAdminUrl");

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => {});
  }
}

type Stored = { schoolId: string; id: string; value: string | null };
const storedBsns = (url: string) =>
  withClient(url, async (c) => (await c.query<Stored>(`SELECT "schoolId", "id", "bsnEncrypted" AS value FROM "Pupil" ORDER BY "studentNumber"`)).rows);

async function insertSchool(client: pg.Client, brin: string): Promise<string> {
  const id = randomUUID();
  await client.query(`INSERT INTO "School" ("id", "name", "brin", "city", "region") VALUES ($1, $2, $3, 'Amersfoort', 'MIDDLE')`, [id, `School ${brin}`, brin]);
  return id;
}

/** Pupils with the given stored values in the column `column` (before the migration: "bsn"). */
async function insertPupils(client: pg.Client, schoolId: string, column: string, values: (string | null)[], from = 0): Promise<string[]> {
  const ids: string[] = [];
  for (const [i, value] of values.entries()) {
    const id = randomUUID();
    ids.push(id);
    await client.query(
      `INSERT INTO "Pupil" ("schoolId", "id", "studentNumber", "firstName", "lastName", "birthDate", "${column}", "sector", "yearLevel", "enrolledFrom")
       VALUES ($1, $2, $3, 'Sanne', 'Berg', '2013-03-04', $4, 'HAVO', 2, '2026-08-01')`,
      [schoolId, id, String(500_000 + from + i), value],
    );
  }
  return ids;
}

describe("encrypting the BSNs from before encryption at start-up", () => {
  let url: string;
  let name: string;
  let oldMigrations: string;
  const plain = ["123456782", "111222333", null, "999999990"];

  beforeAll(async () => {
    name = `bsn_${process.pid}_${randomBytes(4).toString("hex")}`;
    await withClient(adminUrl(), (c) => c.query(`CREATE DATABASE "${name}" TEMPLATE template0`));
    url = withDatabase(adminUrl(), name);
    // The database as it was before: every migration up to the one that renamed the column.
    const all = fromRepoRoot(MIGRATIONS_PATH);
    oldMigrations = await mkdtemp(path.join(os.tmpdir(), "aanwezig-bsn-"));
    await cp(all, oldMigrations, { recursive: true });
    for (const migration of await listMigrationNames(all)) {
      if (migration >= ENCRYPTION_MIGRATION) await rm(path.join(oldMigrations, migration), { recursive: true });
    }
    await applyMigrations({ connectionString: url, migrationsDir: oldMigrations });
    await withClient(url, async (c) => {
      await insertPupils(c, await insertSchool(c, "01AA"), "bsn", plain.slice(0, 3));
      await insertPupils(c, await insertSchool(c, "02BB"), "bsn", plain.slice(3), 3);
    });
    await applyMigrations({ connectionString: url });
  }, 180_000);

  afterAll(async () => {
    await withClient(adminUrl(), (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    await rm(oldMigrations, { recursive: true, force: true });
  });

  it("keeps the plaintext through the migration, then encrypts every row of every school; a second run finds nothing", async () => {
    expect((await storedBsns(url)).map((row) => row.value)).toEqual(plain);

    expect(await encryptPlaintextBsns({ connectionString: url })).toEqual({ checked: 3, encrypted: 3, reencrypted: 0, unreadable: [] });
    const rows = await storedBsns(url);
    expect(rows.map((row) => row.value === null)).toEqual([false, false, true, false]);
    for (const [i, row] of rows.entries()) {
      if (row.value === null) continue;
      expect(row.value).toMatch(STORED_FORM);
      expect(row.value.split(":")[1]).toBe(DEVELOPMENT_BSN_KEY_ID);
      expect(decryptBsn(row.value, { keyRing: bsnKeyRing(), owner: { schoolId: row.schoolId, pupilId: row.id } })).toBe(plain[i]);
    }

    expect(await encryptPlaintextBsns({ connectionString: url })).toEqual({ checked: 0, encrypted: 0, reencrypted: 0, unreadable: [] });
    expect(await storedBsns(url)).toEqual(rows);
  });

  it("from then on the database itself refuses a BSN in plain figures", async () => {
    await encryptPlaintextBsns({ connectionString: url });
    const validated = await withClient(url, async (c) =>
      (await c.query(`SELECT convalidated FROM pg_constraint WHERE conname = 'Pupil_bsnEncrypted_ciphertext'`)).rows[0] as { convalidated: boolean });
    expect(validated).toEqual({ convalidated: true });
    await withClient(url, async (c) => {
      const [schoolId] = (await c.query<{ id: string }>(`SELECT "id" FROM "School" LIMIT 1`)).rows.map((r) => r.id);
      await expect(insertPupils(c, schoolId!, "bsnEncrypted", ["123456782"], 100)).rejects.toThrow(/Pupil_bsnEncrypted_ciphertext/);
      await expect(c.query(`UPDATE "Pupil" SET "bsnEncrypted" = '111222333' WHERE "bsnEncrypted" IS NOT NULL`)).rejects.toThrow(/Pupil_bsnEncrypted_ciphertext/);
    });
  });

  it("refuses to start when values are under a key that is not in the ring", async () => {
    const lost = parseBsnKeyRing(`verloren:${randomBytes(32).toString("base64")}`);
    await withClient(url, async (c) => {
      const [row] = (await c.query<Stored>(`SELECT "schoolId", "id" FROM "Pupil" WHERE "bsnEncrypted" IS NOT NULL LIMIT 1`)).rows;
      const value = encryptBsn("123456782", { keyRing: lost, owner: { schoolId: row!.schoolId, pupilId: row!.id } });
      await c.query(`UPDATE "Pupil" SET "bsnEncrypted" = $1 WHERE "schoolId" = $2 AND "id" = $3`, [value, row!.schoolId, row!.id]);
    });
    await expect(encryptPlaintextBsns({ connectionString: url })).rejects.toThrow("BSN's versleuteld met een sleutel die niet in BSN_ENCRYPTION_KEY of BSN_ENCRYPTION_OLD_KEYS staat (1 met sleutel verloren)");
  });
});

describe("rotating the BSN key", () => {
  let db: TestDatabase;
  const keyA = `a:${randomBytes(32).toString("base64")}`;
  const keyB = `b:${randomBytes(32).toString("base64")}`;
  const plain = ["123456782", "111222333", "900000017", "999999990", "100000009"];

  /** Five pupils in two schools under key A, returning their ids. */
  async function seedUnderKeyA(): Promise<{ schoolId: string; ids: string[] }[]> {
    return withClient(db.url, async (c) => {
      await c.query(`DELETE FROM "Pupil"`);
      await c.query(`DELETE FROM "School"`);
      const ringA = parseBsnKeyRing(keyA);
      const made: { schoolId: string; ids: string[] }[] = [];
      for (const [brin, values, from] of [["03CC", plain.slice(0, 3), 0], ["04DD", plain.slice(3), 3]] as const) {
        const schoolId = await insertSchool(c, brin);
        const ids = await insertPupils(c, schoolId, "bsnEncrypted", values.map(() => null), from);
        for (const [i, id] of ids.entries()) {
          const value = encryptBsn(values[i]!, { keyRing: ringA, owner: { schoolId, pupilId: id } });
          await c.query(`UPDATE "Pupil" SET "bsnEncrypted" = $1 WHERE "schoolId" = $2 AND "id" = $3`, [value, schoolId, id]);
        }
        made.push({ schoolId, ids });
      }
      return made;
    });
  }

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it("re-encrypts every BSN under the new key in batches, and a second run changes nothing", async () => {
    await seedUnderKeyA();
    const ring = parseBsnKeyRing(keyB, keyA);
    expect(await rotateBsnKeys({ connectionString: db.url, keyRing: ring, batchSize: 2 })).toEqual({
      keyId: "b", counts: { checked: 5, encrypted: 0, reencrypted: 5, unreadable: [] }, totp: { checked: 0, reencrypted: 0, unreadable: [] },
    });
    const rows = await storedBsns(db.url);
    const onlyB = parseBsnKeyRing(keyB);
    expect(rows.map((row) => decryptBsn(row.value!, { keyRing: onlyB, owner: { schoolId: row.schoolId, pupilId: row.id } }))).toEqual(plain);
    for (const row of rows) expect(row.value).toMatch(/^v1:b:/);

    expect((await rotateBsnKeys({ connectionString: db.url, keyRing: ring, batchSize: 2 })).counts).toEqual({ checked: 0, encrypted: 0, reencrypted: 0, unreadable: [] });
    expect(await storedBsns(db.url)).toEqual(rows);
  });

  it("leaves an unreadable value as it is and names its pupil, and still rotates the rest", async () => {
    const [first] = await seedUnderKeyA();
    const tampered = first!.ids[1]!;
    // The value of pupil 0 on pupil 1: bound to pupil 0, it does not decrypt there.
    await withClient(db.url, (c) =>
      c.query(`UPDATE "Pupil" SET "bsnEncrypted" = (SELECT "bsnEncrypted" FROM "Pupil" WHERE "id" = $1) WHERE "id" = $2`, [first!.ids[0], tampered]));
    const before = (await storedBsns(db.url)).find((row) => row.id === tampered)!.value;

    const { counts } = await rotateBsnKeys({ connectionString: db.url, keyRing: parseBsnKeyRing(keyB, keyA), batchSize: 2 });
    expect(counts).toEqual({ checked: 5, encrypted: 0, reencrypted: 4, unreadable: [tampered] });
    const after = await storedBsns(db.url);
    expect(after.find((row) => row.id === tampered)!.value).toBe(before);
    expect(after.filter((row) => row.value!.startsWith("v1:b:"))).toHaveLength(4);
  });

  it("re-encrypts the two-step secrets under the new key too; a secret moved to another person stays as it is and is named", async () => {
    await seedUnderKeyA();
    const ringA = parseBsnKeyRing(keyA);
    const secret = randomBytes(20);
    const ids = await withClient(db.url, async (c) => {
      await c.query(`DELETE FROM "User"`);
      const made: string[] = [];
      for (const name of ["een", "twee", "drie"]) {
        const { rows } = await c.query<{ id: string }>(`INSERT INTO "User" ("id", "email", "name", "passwordHash") VALUES (gen_random_uuid(), $1, $1, 'x') RETURNING "id"`, [`${name}@test`]);
        made.push(rows[0]!.id);
      }
      for (const id of made.slice(0, 2)) {
        await c.query(`UPDATE "User" SET "totpSecret" = $1 WHERE "id" = $2`, [encryptTotpSecret(secret, { keyRing: ringA, userId: id }), id]);
      }
      // The first person's secret copied onto the third: bound to the first, it does not decrypt there.
      await c.query(`UPDATE "User" SET "totpSecret" = (SELECT "totpSecret" FROM "User" WHERE "id" = $1) WHERE "id" = $2`, [made[0], made[2]]);
      return made;
    });

    const { totp } = await rotateBsnKeys({ connectionString: db.url, keyRing: parseBsnKeyRing(keyB, keyA), batchSize: 2 });

    expect(totp).toEqual({ checked: 3, reencrypted: 2, unreadable: [ids[2]] });
    const stored = await withClient(db.url, async (c) => (await c.query<{ id: string; totpSecret: string }>(`SELECT "id", "totpSecret" FROM "User" ORDER BY "id"`)).rows);
    const onlyB = parseBsnKeyRing(keyB);
    for (const id of ids.slice(0, 2)) {
      const value = stored.find((row) => row.id === id)!.totpSecret;
      expect(value).toMatch(/^v1:b:/);
      expect(decryptTotpSecret(value, { keyRing: onlyB, userId: id })).toEqual(secret);
    }
    expect(stored.find((row) => row.id === ids[2])!.totpSecret).toMatch(/^v1:a:/);
    await withClient(db.url, (c) => c.query(`DELETE FROM "User"`));
  });

  it("npm run bsn:rotate prints the counts, and a second run finds nothing to do", async () => {
    await seedUnderKeyA();
    const run = () =>
      promisify(execFile)(fromRepoRoot("node_modules/.bin/tsx"), [fromRepoRoot("scripts/bsn/rotate.ts"), "--batch-size", "2"], {
        cwd: fromRepoRoot("."),
        env: { ...process.env, NODE_ENV: "production", DATABASE_URL: db.url, BSN_ENCRYPTION_KEY: keyB, BSN_ENCRYPTION_OLD_KEYS: keyA },
      });
    expect((await run()).stdout).toBe("BSN's onder sleutel b: 5 bekeken, 5 opnieuw versleuteld, 0 uit platte tekst versleuteld, 0 onleesbaar\nTweestapsgeheimen onder sleutel b: 0 bekeken, 0 opnieuw versleuteld, 0 onleesbaar\n");
    expect((await run()).stdout).toBe("BSN's onder sleutel b: 0 bekeken, 0 opnieuw versleuteld, 0 uit platte tekst versleuteld, 0 onleesbaar\nTweestapsgeheimen onder sleutel b: 0 bekeken, 0 opnieuw versleuteld, 0 onleesbaar\n");
    for (const row of await storedBsns(db.url)) expect(row.value).toMatch(/^v1:b:/);
  }, 60_000);
});
