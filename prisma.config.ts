import { defineConfig } from "prisma/config";

import { MIGRATIONS_PATH, PRISMA_SCHEMA_PATH } from "./src/db/paths";

// Config for the Prisma CLI, which this project only uses for `prisma generate`
// (scripts/prisma-generate.mjs). Migrations run on the WASM schema engine
// instead (src/db/migrate.ts, docs/decisions/010-*), which reads the same paths.
//
// The datasource URL is optional so that generate works on a fresh clone with
// no database. This is the one exception to "only src/env.ts reads
// process.env": the Prisma CLI loads this file on its own, outside the app.
const url = process.env.DATABASE_URL;

export default defineConfig({
  schema: PRISMA_SCHEMA_PATH,
  migrations: { path: MIGRATIONS_PATH },
  ...(url ? { datasource: { url } } : {}),
});
