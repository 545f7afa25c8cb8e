// npm run db:migration:resolve -- <migration_name>
//
// After a migration failed (the app then refuses to start with P3009) and the
// database has been repaired by hand, marks that migration as rolled back so
// the next start applies it again. Prisma's `migrate resolve --rolled-back`,
// on the WASM engine. Uses DATABASE_URL, or the embedded server (stop the app first).

import { startEmbeddedPostgres } from "@/db/embedded";
import { markMigrationRolledBack } from "@/db/migrate";
import { assertDatabaseReachable } from "@/db/reachable";
import { env } from "@/env";

const USAGE = "Usage: npm run db:migration:resolve -- <migration_name>   (e.g. 20260102030405_add_pupil_notes)";

async function main([migrationName, ...rest]: string[]): Promise<number> {
  if (!migrationName || rest.length > 0 || migrationName.startsWith("-")) {
    console.error(USAGE);
    return 1;
  }
  const { DATABASE_URL, EMBEDDED_POSTGRES_PORT } = env();
  if (DATABASE_URL) {
    await assertDatabaseReachable(DATABASE_URL);
    await markMigrationRolledBack({ connectionString: DATABASE_URL, migrationName });
  } else {
    const server = await startEmbeddedPostgres({ port: EMBEDDED_POSTGRES_PORT });
    try {
      await markMigrationRolledBack({ connectionString: server.connectionString, migrationName });
    } finally {
      await server.stop();
    }
  }
  console.log(`Marked ${migrationName} as rolled back; the next start applies it again.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`db:migration:resolve failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
