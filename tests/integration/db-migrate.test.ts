import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { createMigration, diffSchema, riskyStatements } from "@/db/create-migration";
import { applyMigrations, markMigrationRolledBack } from "@/db/migrate";
import { listMigrationNames, LOCKFILE, LOCKFILE_CONTENT } from "@/db/migration-files";
import { fromRepoRoot, MIGRATIONS_PATH } from "@/db/paths";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

// Migrations on the WASM schema engine, against the run's real PostgreSQL. A
// fixture schema (not prisma/schema.prisma, which changes under us) keeps the
// generated SQL predictable; it uses the constructs our data model relies on.

const GENERATOR_AND_DATASOURCE = `
generator client {
  provider = "prisma-client"
  output   = "./generated"
}

datasource db {
  provider = "postgresql"
}
`;

const SCHEMA_V1 = `${GENERATOR_AND_DATASOURCE}
enum Role {
  TEACHER
  ADMIN
}

model School {
  id     String  @id @default(uuid(7)) @db.Uuid
  name   String
  pupils Pupil[]
}

model Pupil {
  schoolId  String   @db.Uuid
  id        String   @default(uuid(7)) @db.Uuid
  number    String
  role      Role     @default(TEACHER)
  bornOn    DateTime @db.Date
  school    School   @relation(fields: [schoolId], references: [id])

  @@id([schoolId, id])
  @@unique([schoolId, number])
}
`;

const SCHEMA_V2 = SCHEMA_V1.replace("  number    String\n", "  number    String\n  nickname  String?\n");

const adminUrl = () => inject("testDatabaseAdminUrl");

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** An empty database (from template0, not the migrated template) on the test server. */
async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `empty_${process.pid}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  await query(adminUrl(), `CREATE DATABASE "${name}" TEMPLATE template0`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await query(adminUrl(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

describe("migrations with the WASM schema engine", () => {
  let workDir: string;
  let schemaPath: string;
  let migrationsDir: string;
  let empty: { url: string; drop(): Promise<void> };

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), "aanwezig-db-migrate-"));
    await chmod(workDir, 0o755);
    schemaPath = path.join(workDir, "schema.prisma");
    migrationsDir = path.join(workDir, "migrations");
    await writeFile(schemaPath, SCHEMA_V1);
    empty = await createEmptyDatabase();
  });

  afterAll(async () => {
    await empty?.drop();
    await rm(workDir, { recursive: true, force: true });
  });

  it("creates the first migration from the schema with a throwaway server, in Prisma's layout", async () => {
    const result = await createMigration({
      name: "Initial schema!",
      schemaPath,
      migrationsDir,
      now: new Date("2026-01-02T03:04:05Z"),
    });

    expect(result.status).toBe("created");
    expect(await listMigrationNames(migrationsDir)).toEqual(["20260102030405_initial_schema"]);
    const sql = await readFile(path.join(migrationsDir, "20260102030405_initial_schema", "migration.sql"), "utf8");
    expect(sql).toContain(`CREATE TYPE "Role" AS ENUM ('TEACHER', 'ADMIN');`);
    expect(sql).toContain(`CONSTRAINT "Pupil_pkey" PRIMARY KEY ("schoolId","id")`);
    expect(sql).toContain(`CREATE UNIQUE INDEX "Pupil_schoolId_number_key" ON "Pupil"("schoolId", "number");`);
    expect(await readFile(path.join(migrationsDir, LOCKFILE), "utf8")).toBe(LOCKFILE_CONTENT);
  });

  it("writes nothing when the schema matches the migrations", async () => {
    const result = await createMigration({ name: "nothing", schemaPath, migrationsDir, connectionString: adminUrl() });

    expect(result).toEqual({ status: "no-changes" });
    expect(await listMigrationNames(migrationsDir)).toHaveLength(1);
  });

  it("applies the migrations to an empty database and records them as prisma migrate deploy does", async () => {
    const result = await applyMigrations({ connectionString: empty.url, migrationsDir });

    expect(result).toEqual({ applied: ["20260102030405_initial_schema"], engineLoaded: true });
    const tables = await query<{ table_name: string }>(
      empty.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.map((t) => t.table_name)).toEqual(["Pupil", "School", "_prisma_migrations"]);
    const sql = await readFile(path.join(migrationsDir, "20260102030405_initial_schema", "migration.sql"));
    const [row] = await query<{ checksum: string; finished: boolean; applied_steps_count: number }>(
      empty.url,
      "SELECT checksum, finished_at IS NOT NULL AS finished, applied_steps_count FROM _prisma_migrations",
    );
    expect(row).toEqual({
      checksum: createHash("sha256").update(sql).digest("hex"),
      finished: true,
      applied_steps_count: 1,
    });
  });

  it("is a no-op when re-applied, without loading the engine", async () => {
    const result = await applyMigrations({ connectionString: empty.url, migrationsDir });

    expect(result).toEqual({ applied: [], engineLoaded: false });
    const rows = await query(empty.url, "SELECT 1 FROM _prisma_migrations");
    expect(rows).toHaveLength(1);
  });

  it("adds a migration for a schema change and applies only that one", async () => {
    await writeFile(schemaPath, SCHEMA_V2);
    const created = await createMigration({
      name: "pupil nickname",
      schemaPath,
      migrationsDir,
      connectionString: adminUrl(),
      now: new Date("2026-01-03T00:00:00Z"),
    });
    expect(created.status === "created" && created.sql).toContain(`ALTER TABLE "Pupil" ADD COLUMN     "nickname" TEXT;`);

    const result = await applyMigrations({ connectionString: empty.url, migrationsDir });

    expect(result).toEqual({ applied: ["20260103000000_pupil_nickname"], engineLoaded: true });
    const columns = await query(
      empty.url,
      "SELECT 1 FROM information_schema.columns WHERE table_name = 'Pupil' AND column_name = 'nickname'",
    );
    expect(columns).toHaveLength(1);
  });

  it("refuses a migration that would sort before an existing one", async () => {
    await writeFile(schemaPath, SCHEMA_V2.replace("  nickname  String?\n", "  nickname  String?\n  note String?\n"));

    await expect(
      createMigration({
        name: "too early",
        schemaPath,
        migrationsDir,
        connectionString: adminUrl(),
        now: new Date("2025-12-31T00:00:00Z"),
      }),
    ).rejects.toThrow("20251231000000_too_early zou vóór de bestaande 20260103000000_pupil_nickname komen");
    await writeFile(schemaPath, SCHEMA_V2);
  });

  it("reports a failing migration in one line, keeps reporting it, and applies it again once resolved", async () => {
    const broken = path.join(migrationsDir, "20260104000000_broken");
    await mkdir(broken);
    await writeFile(path.join(broken, "migration.sql"), `ALTER TABLE "Pupil" ADD COLUMN "number" TEXT;`);
    try {
      await expect(applyMigrations({ connectionString: empty.url, migrationsDir })).rejects.toThrow(
        'Migraties toepassen mislukt: migratie 20260104000000_broken: ERROR: column "number" of relation "Pupil" already exists',
      );

      // The failed row is in _prisma_migrations now: the fast path must not hide it.
      await expect(applyMigrations({ connectionString: empty.url, migrationsDir })).rejects.toThrow(
        "migratie 20260104000000_broken is eerder mislukt en staat open in _prisma_migrations (P3009)",
      );

      await writeFile(path.join(broken, "migration.sql"), `ALTER TABLE "Pupil" ADD COLUMN "repaired" TEXT;`);
      await markMigrationRolledBack({ connectionString: empty.url, migrationName: "20260104000000_broken" });
      const result = await applyMigrations({ connectionString: empty.url, migrationsDir });

      expect(result.applied).toEqual(["20260104000000_broken"]);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });

  it("reports an unreachable database in one line", async () => {
    const url = new URL(empty.url);
    url.port = "1"; // nothing listens on port 1
    await expect(applyMigrations({ connectionString: url.toString(), migrationsDir })).rejects.toThrow(
      /^Migratiestatus lezen mislukt: .*ECONNREFUSED/,
    );
  });
});

describe("riskyStatements", () => {
  it("names each clause that loses data or fails on a table with rows, and skips tables created alongside", () => {
    const sql = `-- CreateTable
CREATE TABLE "Note" ("id" TEXT NOT NULL, CONSTRAINT "Note_pkey" PRIMARY KEY ("id"));

-- CreateIndex
CREATE UNIQUE INDEX "Note_id_key" ON "Note"("id");

-- AlterTable
ALTER TABLE "Pupil" DROP COLUMN "nickname",
ADD COLUMN     "note" TEXT,
ADD COLUMN     "grade" INTEGER NOT NULL,
ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ALTER COLUMN "number" SET DATA TYPE INTEGER;
`;

    expect(riskyStatements(sql)).toEqual([
      `ALTER TABLE "Pupil" DROP COLUMN "nickname"`,
      `ALTER TABLE "Pupil" ADD COLUMN "grade" INTEGER NOT NULL`,
      `ALTER TABLE "Pupil" ALTER COLUMN "number" SET DATA TYPE INTEGER`,
    ]);
  });
});

describe("test databases", () => {
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });

  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  it("are copies of the template, migrated to prisma/migrations", async () => {
    const expected = await listMigrationNames(fromRepoRoot(MIGRATIONS_PATH));
    const [{ exists }] = (await first.prisma.$queryRaw<{ exists: boolean }[]>`
      SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS "exists"`) as [{ exists: boolean }];
    const recorded = exists
      ? (await first.prisma.$queryRaw<{ migration_name: string }[]>`
          SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`).map(
          (row) => row.migration_name,
        )
      : [];

    expect(recorded).toEqual(expected);
  });

  it("are isolated from each other", async () => {
    await first.prisma.$executeRaw`CREATE TABLE isolation_probe (value text)`;
    await first.prisma.$executeRaw`INSERT INTO isolation_probe VALUES ('first')`;

    const [inSecond] = await second.prisma.$queryRaw<{ probe: string | null }[]>`
      SELECT to_regclass('public.isolation_probe')::text AS probe`;
    expect(inSecond?.probe).toBeNull();
    expect(await first.prisma.$queryRaw`SELECT value FROM isolation_probe`).toEqual([{ value: "first" }]);
  });

  it("are gone after drop()", async () => {
    const extra = await createTestDatabase();
    await extra.drop();
    await extra.drop(); // idempotent

    const rows = await query(adminUrl(), "SELECT 1 FROM pg_database WHERE datname = $1", [extra.name]);
    expect(rows).toHaveLength(0);
  });
});

describe("prisma/schema.prisma", () => {
  const haveMigrations = existsSync(fromRepoRoot(MIGRATIONS_PATH));

  // Fails when someone changes the schema and forgets `npm run db:migration:create`.
  it.skipIf(!haveMigrations)("matches prisma/migrations", async () => {
    const { sql } = await diffSchema({ connectionString: adminUrl() });

    expect(sql, "the schema has changes without a migration: run npm run db:migration:create -- <name>").toBeNull();
  });
});
