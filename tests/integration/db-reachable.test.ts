import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { assertDatabaseReachable } from "@/db/reachable";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// The start-up check: the app refuses to start with one line that says where it
// looked and why, and never shows the password.

describe("assertDatabaseReachable", () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  const withUrl = (change: (url: URL) => void): string => {
    const url = new URL(db.url);
    change(url);
    return url.toString();
  };

  it("resolves for a database that answers", async () => {
    await expect(assertDatabaseReachable(db.url)).resolves.toBeUndefined();
  });

  it("names the address and the network error when nothing listens", async () => {
    const url = withUrl((u) => (u.port = "1"));

    await expect(assertDatabaseReachable(url)).rejects.toThrow(
      /^Kan de database niet bereiken op DATABASE_URL \(127\.0\.0\.1:1\): ECONNREFUSED$/,
    );
  });

  it("explains a wrong password without showing it", async () => {
    const url = withUrl((u) => (u.password = "wrong-secret"));

    const error: unknown = await assertDatabaseReachable(url).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Kan de database niet bereiken op DATABASE_URL \(127\.0\.0\.1:\d+\): gebruikersnaam of wachtwoord onjuist \(28P01\)$/);
    expect((error as Error).message).not.toContain("wrong-secret");
  });

  it("explains a database that does not exist", async () => {
    const url = withUrl((u) => (u.pathname = "/no_such_database"));

    await expect(assertDatabaseReachable(url, { name: "TEST_URL" })).rejects.toThrow(
      /^Kan de database niet bereiken op TEST_URL \(127\.0\.0\.1:\d+\): de database bestaat niet \(3D000\)$/,
    );
  });

  it("is reachable through the server the test run provides", () => {
    expect(inject("testDatabaseAdminUrl")).toMatch(/^postgresql:\/\/postgres:.+@127\.0\.0\.1:\d+\/postgres$/);
  });
});
