import { randomBytes } from "node:crypto";
import { createTestDatabase, type TestDatabase } from "./database";

/**
 * A fresh database that the app's own `prisma` client (src/db/client.ts) uses,
 * so that use cases run exactly as in production. Call it in `beforeAll`,
 * before the first query: the client reads DATABASE_URL when it first
 * connects. Each test file runs in its own process, so files don't interfere.
 */
export async function useFreshAppDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  return database;
}
