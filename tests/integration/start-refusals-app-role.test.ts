import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestDatabase, type TestDatabase } from "../helpers/database";

// `npm start` with a database of one's own, in production, connects the server as the app role or not at
// all: as the owner it would see every school's rows (decision 115). Checked against a database that
// answers, so that this refusal is the one reached.
const root = path.resolve(import.meta.dirname, "../..");
const BSN_KEY = `test:${Buffer.alloc(32, 7).toString("base64")}`;

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

describe("npm start refuses to start", () => {
  it("in production with DATABASE_URL but without APP_DATABASE_URL", () => {
    const result = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
      cwd: root,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", DATABASE_URL: db.url, AUTH_SECRET: "x".repeat(40), BSN_ENCRYPTION_KEY: BSN_KEY },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("APP_DATABASE_URL ontbreekt");
    expect(result.stderr).toContain("aanwezig_app");
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
