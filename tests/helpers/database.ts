import { randomBytes } from "node:crypto";

import pg from "pg";
import { inject } from "vitest";

import { createPrismaClient } from "@/db/client";
import { withDatabase } from "@/db/connection-string";
import type { PrismaClient } from "@/db/generated/prisma/client";

// A fresh, migrated database for one test file (or one test): a copy of the
// template that tests/setup/global-database.ts migrated once for the run.
//
//   let db: TestDatabase;
//   beforeAll(async () => { db = await createTestDatabase(); });
//   afterAll(() => db.drop());
//   it("...", async () => { await db.prisma.school.create({ ... }); });

export type TestDatabase = {
  name: string;
  url: string;
  /** A client on this database only (small pool: tests run in parallel workers). */
  prisma: PrismaClient;
  /** Disconnects the client and drops the database. Safe to call twice. */
  drop(): Promise<void>;
};

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("testDatabaseAdminUrl") });
  client.on("error", () => {});
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const template = inject("testDatabaseTemplate");
  // Unique across workers and across files in one worker; PostgreSQL names stop at 63 bytes.
  const name = `test_${process.pid}_${randomBytes(6).toString("hex")}`;
  await withAdmin(async (client) => {
    // FILE_COPY copies the template's files as they are (~15 ms on tmpfs); the
    // default WAL_LOG writes every block through the WAL (~30 ms), and more
    // slowly still when several workers copy at once.
    await client.query(
      `CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)} STRATEGY FILE_COPY`,
    );
  });
  const url = withDatabase(inject("testDatabaseAdminUrl"), name);
  const prisma = createPrismaClient(url, { poolSize: 2 });

  let dropped: Promise<void> | undefined;
  const drop = () =>
    (dropped ??= (async () => {
      await prisma.$disconnect();
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`));
    })());

  return { name, url, prisma, drop };
}
