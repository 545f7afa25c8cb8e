import pg from "pg";

import { env } from "@/env";

import { setTenantOnConnect } from "./tenant-connection";
import { wantedTenant } from "./tenant-context";
import { log } from "@/observability/log";

/**
 * Connections per process. The app and PostgreSQL share a 2-core machine: more
 * connections than ~2x cores only queue inside PostgreSQL instead of in the pool.
 */
export const DEFAULT_POOL_SIZE = 5;

export type PoolOptions = { poolSize?: number };

/** A pool on an explicit database, with the app's settings. */
export function createPool(connectionString: string, { poolSize = DEFAULT_POOL_SIZE }: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    // Fail a request after 10 s rather than hang when the pool or server is stuck.
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle connection that dies (a database restart) is dropped from the pool; the next query opens a new one.
  pool.on("error", (error) => log.warn("Databaseverbinding verbroken", { error }));
  return pool;
}

// One pool per process, shared by the Prisma client (src/db/client.ts) and the
// few hot paths that send SQL themselves (src/db/sql.ts). On globalThis: Next.js
// bundles pages and route handlers apart, and dev reloads re-run this module.
const globalForPool = globalThis as unknown as { __aanwezigPool?: pg.Pool };

/**
 * A pool whose connections act for one tenant at a time (src/db/tenant-context.ts): what the app uses.
 * Exported for the row-level-security test.
 */
export function createAppPool(connectionString: string, options: PoolOptions = {}): pg.Pool {
  const pool = createPool(connectionString, options);
  setTenantOnConnect(pool, wantedTenant);
  return pool;
}

/**
 * The app's pool, as the app's database role (APP_DATABASE_URL, decision 115) when
 * set, else as DATABASE_URL's. Read at the first query, not at import:
 * `next build` imports this without a database, and with the embedded server
 * the start script only sets the URLs once that server is up.
 */
export function appPool(): pg.Pool {
  if (globalForPool.__aanwezigPool) return globalForPool.__aanwezigPool;
  const settings = env();
  const url = settings.APP_DATABASE_URL ?? settings.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL ontbreekt: start de app met `npm run dev` of `npm start`, die de database opzetten");
  return (globalForPool.__aanwezigPool = createAppPool(url));
}

/** Closes the app's pool (tests, before dropping their database); the next query opens a new one. */
export async function closeAppPool(): Promise<void> {
  const pool = globalForPool.__aanwezigPool;
  globalForPool.__aanwezigPool = undefined;
  await pool?.end();
}
