import pg from "pg";

import { listMigrationNames, readMigrationList } from "@/db/migration-files";
import { fromRepoRoot, MIGRATIONS_PATH } from "@/db/paths";
import { describe, SchemaEngineError, withSchemaEngine } from "@/db/schema-engine";

// `prisma migrate deploy` without the native engine: the WASM schema engine
// applies prisma/migrations/ and records each one in _prisma_migrations.

export type ApplyMigrationsOptions = {
  connectionString: string;
  /** Defaults to prisma/migrations under the repository root. */
  migrationsDir?: string;
  onLog?: (line: string) => void;
};

export type ApplyMigrationsResult = {
  /** Migrations applied by this call, in order; empty when the database was up to date. */
  applied: string[];
  /** False when the fast path saw every migration recorded and never loaded the engine. */
  engineLoaded: boolean;
};

/**
 * Applies every migration in `migrationsDir` that the database has not recorded
 * yet. Idempotent, and safe to call on every start: when _prisma_migrations
 * already lists every folder as finished, it returns without loading the engine.
 */
export async function applyMigrations({
  connectionString,
  migrationsDir = fromRepoRoot(MIGRATIONS_PATH),
  onLog,
}: ApplyMigrationsOptions): Promise<ApplyMigrationsResult> {
  const names = await listMigrationNames(migrationsDir);
  if (names.length === 0) return { applied: [], engineLoaded: false };

  const finished = await finishedMigrations(connectionString);
  if (finished && names.every((name) => finished.has(name))) return { applied: [], engineLoaded: false };

  const migrationsList = await readMigrationList(migrationsDir);
  const { appliedMigrationNames } = await withSchemaEngine({ connectionString, onLog }, (engine) =>
    engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } }),
  ).catch((error: unknown) => {
    throw new SchemaEngineError(`Migraties toepassen mislukt: ${describe(error)}`, { cause: error });
  });
  return { applied: appliedMigrationNames, engineLoaded: true };
}

/**
 * Names recorded as finished, or undefined when the engine must decide: no
 * migrations table yet, or a failed migration it should report (P3009).
 */
async function finishedMigrations(connectionString: string): Promise<Set<string> | undefined> {
  const client = new pg.Client({ connectionString });
  // A connection dropped by the server after the query must not crash the process.
  client.on("error", () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ migration_name: string; finished: boolean }>(
      `SELECT migration_name, finished_at IS NOT NULL AS finished
         FROM _prisma_migrations
        WHERE rolled_back_at IS NULL`,
    );
    if (rows.some((row) => !row.finished)) return undefined;
    return new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") return undefined; // undefined_table
    throw new SchemaEngineError(`Migratiestatus lezen mislukt: ${describe(error)}`, { cause: error });
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * `prisma migrate resolve --rolled-back <name>`: after a failed migration has
 * been repaired or undone by hand, marks it rolled back so that the next
 * applyMigrations() runs it again (and stops reporting P3009).
 */
export async function markMigrationRolledBack({
  connectionString,
  migrationName,
  onLog,
}: {
  connectionString: string;
  migrationName: string;
  onLog?: (line: string) => void;
}): Promise<void> {
  await withSchemaEngine({ connectionString, onLog }, (engine) =>
    engine.markMigrationRolledBack({ migrationName }),
  ).catch((error: unknown) => {
    throw new SchemaEngineError(`Migratie ${migrationName} als teruggedraaid markeren mislukt: ${describe(error)}`, {
      cause: error,
    });
  });
}
