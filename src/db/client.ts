import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

import { PrismaClient } from "@/db/generated/prisma/client";
import { env } from "@/env";

// The app's Prisma client. Import `prisma` from here; never construct another
// PrismaClient in app code (each one holds its own connection pool).

/**
 * Connections per process. The app and PostgreSQL share a 2-core machine: more
 * connections than ~2x cores only queue inside PostgreSQL instead of in the pool.
 */
export const DEFAULT_POOL_SIZE = 5;

export type CreatePrismaClientOptions = {
  poolSize?: number;
};

function pgAdapter(connectionString: string, { poolSize = DEFAULT_POOL_SIZE }: CreatePrismaClientOptions): PrismaPg {
  return new PrismaPg({
    connectionString,
    max: poolSize,
    // Fail a request after 10 s rather than hang when the pool or server is stuck.
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
}

/** A client on an explicit database; for tests, scripts and tools, not app code. */
export function createPrismaClient(connectionString: string, options: CreatePrismaClientOptions = {}): PrismaClient {
  return new PrismaClient({ adapter: pgAdapter(connectionString, options) });
}

/**
 * Reads DATABASE_URL when the first query connects, not at import: `next build`
 * imports this module without a database, and with the embedded server the
 * start script only sets DATABASE_URL once that server is up.
 */
function lazyAdapter(): SqlDriverAdapterFactory {
  // PrismaClient checks these two at construction; PrismaPg connects only in connect().
  const { provider, adapterName } = pgAdapter("postgresql://unused", {});
  return {
    provider,
    adapterName,
    connect() {
      const url = env().DATABASE_URL;
      if (!url) {
        throw new Error("DATABASE_URL ontbreekt: start de app met `npm run dev` of `npm start`, die de database opzetten");
      }
      return pgAdapter(url, {}).connect();
    },
  };
}

// One client per process, also across Next.js dev hot reloads, which re-run
// this module but keep globalThis.
const globalForPrisma = globalThis as unknown as { __aanwezigPrisma?: PrismaClient };

export const prisma: PrismaClient = (globalForPrisma.__aanwezigPrisma ??= new PrismaClient({ adapter: lazyAdapter() }));
