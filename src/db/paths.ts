import path from "node:path";

// Where the Prisma schema and migrations live. prisma.config.ts imports these
// too, so the Prisma CLI (generate) and our WASM-engine tooling never disagree.
// Relative to the repository root, which is the working directory of every npm
// script, of `next` and of vitest.

export const PRISMA_SCHEMA_PATH = "prisma/schema.prisma";
export const MIGRATIONS_PATH = "prisma/migrations";
export const EMBEDDED_DATA_PATH = ".data/postgres";

export function fromRepoRoot(relativePath: string): string {
  return path.resolve(process.cwd(), relativePath);
}
