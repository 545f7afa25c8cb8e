// npm run db:migration:create -- <name>
//
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that
// takes the database from the existing migrations to prisma/schema.prisma.
// Needs no database and no network: it replays the migrations in a throwaway
// embedded PostgreSQL with the WASM schema engine (docs/decisions/010-*).

import path from "node:path";

import { createMigration, riskyStatements } from "@/db/create-migration";

const USAGE = "Usage: npm run db:migration:create -- <name>   (e.g. add_pupil_notes)";

async function main(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const name = args.join(" ").trim();
  if (!name) {
    console.error(USAGE);
    return 1;
  }
  const started = performance.now();
  const result = await createMigration({ name });
  if (result.status === "no-changes") {
    console.log("No schema changes: prisma/schema.prisma matches prisma/migrations; nothing written.");
    return 0;
  }
  const relative = path.relative(process.cwd(), result.directory);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Created ${relative}/migration.sql (${seconds} s). Review it, then commit it with the schema change.`);
  const risky = riskyStatements(result.sql);
  if (risky.length > 0) {
    console.log("\nCheck these: they lose data, or fail when the table already has rows:");
    for (const statement of risky) console.log(`  - ${statement}`);
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`db:migration:create failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
