import path from "node:path";

import { createScratchDirectory, startEmbeddedPostgres } from "@/db/embedded";
import {
  normalizeMigrationName,
  readMigrationList,
  readSchemaFiles,
  writeMigration,
} from "@/db/migration-files";
import { fromRepoRoot, MIGRATIONS_PATH, PRISMA_SCHEMA_PATH } from "@/db/paths";
import { withSchemaEngine } from "@/db/schema-engine";

// `prisma migrate dev --create-only` without the native engine: replay the
// existing migrations into a shadow database, compare the result with the
// Prisma schema, and write the difference as the next migration.

export type DiffSchemaOptions = {
  schemaPath?: string;
  migrationsDir?: string;
  /**
   * A server whose role may CREATE DATABASE, for the shadow database. Default:
   * a throwaway embedded PostgreSQL, so no developer database is touched.
   */
  connectionString?: string;
  onLog?: (line: string) => void;
};

/** The SQL from the migrations to the schema; `sql` is null when they match. */
export async function diffSchema({
  schemaPath = fromRepoRoot(PRISMA_SCHEMA_PATH),
  migrationsDir = fromRepoRoot(MIGRATIONS_PATH),
  connectionString,
  onLog,
}: DiffSchemaOptions = {}): Promise<{ sql: string | null }> {
  const schemaFiles = await readSchemaFiles(schemaPath);
  const migrationsList = await readMigrationList(migrationsDir);

  const diff = (serverUrl: string) =>
    withSchemaEngine({ connectionString: serverUrl, schemaFiles, onLog }, (engine) =>
      engine.diff({
        from: { tag: "migrations", ...migrationsList },
        to: { tag: "schemaDatamodel", files: schemaFiles.map(([file, content]) => ({ path: file, content })) },
        script: true,
        // exitCode 2 means "the schemas differ": the script alone cannot say,
        // since an empty diff is still a comment ("This is an empty migration.").
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      }),
    );

  const { exitCode, stdout } = connectionString ? await diff(connectionString) : await withThrowawayServer(diff);
  return { sql: exitCode === 2 && stdout ? stdout : null };
}

const RISKY =
  /\bDROP\s+(TABLE|COLUMN|TYPE|CONSTRAINT)\b|\b(SET\s+DATA\s+)?TYPE\s+"?\w+"?\s+USING\b|\bSET\s+DATA\s+TYPE\b|\bSET\s+NOT\s+NULL\b|\bADD\s+COLUMN\s+"[^"]+"\s+[^,]*\bNOT\s+NULL\b(?![^,]*\bDEFAULT\b)|\bCREATE\s+UNIQUE\s+INDEX\b/i;

/**
 * Statements that lose data or fail on a table that has rows, for the reviewer
 * (`prisma migrate dev` gets these from the engine's evaluateDataLoss, which
 * the WASM build cannot run: "shadow DB must be provided through an external
 * factory"). Tables created by the same migration are empty, so they are skipped.
 */
export function riskyStatements(sql: string): string[] {
  const created = new Set([...sql.matchAll(/CREATE TABLE "([^"]+)"/g)].map((match) => match[1]));
  const risky: string[] = [];
  for (const raw of sql.split(/;\s*(?:\n|$)/)) {
    const statement = raw.replace(/^(\s*--[^\n]*\n)+/, "").trim().replace(/\s+/g, " ");
    const table = /^(?:ALTER TABLE|DROP TABLE|CREATE UNIQUE INDEX "[^"]+" ON) "([^"]+)"/i.exec(statement)?.[1];
    if (table !== undefined && created.has(table)) continue;
    const alter = /^ALTER TABLE "[^"]+" /i.exec(statement)?.[0];
    // One ALTER TABLE carries several clauses; name each risky one on its own.
    const clauses = alter ? statement.slice(alter.length).split(/, (?=(?:ADD|DROP|ALTER|RENAME)\b)/i) : [statement];
    for (const clause of clauses) {
      if (RISKY.test(clause)) risky.push(alter ? `${alter}${clause}` : clause);
    }
  }
  return risky;
}

export type CreateMigrationOptions = DiffSchemaOptions & {
  /** Free text; becomes the `<timestamp>_<name>` folder name. */
  name: string;
  /** The timestamp of the new migration; default: now. */
  now?: Date;
};

export type CreateMigrationResult =
  | { status: "created"; directory: string; sql: string }
  | { status: "no-changes" };

export async function createMigration({
  name,
  now = new Date(),
  migrationsDir = fromRepoRoot(MIGRATIONS_PATH),
  ...diffOptions
}: CreateMigrationOptions): Promise<CreateMigrationResult> {
  // Checked before the slow part, so a typo fails in milliseconds.
  if (!normalizeMigrationName(name)) {
    throw new Error(`Ongeldige migratienaam "${name}": gebruik letters, cijfers en _`);
  }
  const { sql } = await diffSchema({ ...diffOptions, migrationsDir });
  if (sql === null) return { status: "no-changes" };
  const directory = await writeMigration({ migrationsDir, name, sql, now });
  return { status: "created", directory, sql };
}

async function withThrowawayServer<T>(run: (connectionString: string) => Promise<T>): Promise<T> {
  const scratch = await createScratchDirectory();
  try {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(scratch.path, "data"),
      port: 0,
      database: "postgres",
      persistent: false,
      durability: "fast",
    });
    try {
      return await run(server.connectionString);
    } finally {
      await server.stop();
    }
  } finally {
    await scratch.remove();
  }
}
