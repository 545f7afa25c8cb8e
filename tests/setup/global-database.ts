import path from "node:path";

import pg from "pg";
import type { TestProject } from "vitest/node";

import { createScratchDirectory, startEmbeddedPostgres } from "@/db/embedded";
import { applyMigrations } from "@/db/migrate";

// vitest globalSetup: ONE PostgreSQL for the whole run, migrated once into the
// template database `template_test`. Test files copy it in milliseconds with
// createTestDatabase() (tests/helpers/database.ts). Runs once per `vitest run`,
// in the main process, before any worker starts.

export const TEMPLATE_DATABASE = "template_test";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the `postgres` maintenance database on the run's test server. */
    testDatabaseAdminUrl: string;
    /** Database that createTestDatabase() copies. */
    testDatabaseTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Its own folder (in RAM when there is room) and a free port: other runs in
  // the same checkout (other engineers, watch mode) each get their own server.
  const scratch = await createScratchDirectory();
  const server = await startEmbeddedPostgres({
    dataDir: path.join(scratch.path, "data"),
    port: 0,
    database: TEMPLATE_DATABASE,
    persistent: false,
    durability: "fast",
  }).catch(async (error: unknown) => {
    await scratch.remove();
    throw error;
  });

  const teardown = async () => {
    await server.stop();
    await scratch.remove();
  };

  try {
    await applyMigrations({ connectionString: server.connectionString });
    await sealTemplate(server.urlFor("postgres"));
  } catch (error) {
    await teardown();
    throw error;
  }

  project.provide("testDatabaseAdminUrl", server.urlFor("postgres"));
  project.provide("testDatabaseTemplate", TEMPLATE_DATABASE);
  return teardown;
}

/**
 * CREATE DATABASE ... TEMPLATE fails while anyone is connected to the template,
 * so after migrating no one may connect to it again.
 */
async function sealTemplate(adminUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query(`ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    await client.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [TEMPLATE_DATABASE],
    );
  } finally {
    await client.end().catch(() => {});
  }
}
