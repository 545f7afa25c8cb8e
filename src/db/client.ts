import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

import { PrismaClient } from "@/db/generated/prisma/client";

import { appPool, closeAppPool, createPool, type PoolOptions } from "./pool";

// The app's Prisma client. Import `prisma` from here; never construct another
// PrismaClient in app code (each one holds its own connection pool).

export type CreatePrismaClientOptions = PoolOptions;

/** A client on an explicit database; for tests, scripts and tools, not app code. */
export function createPrismaClient(connectionString: string, options: CreatePrismaClientOptions = {}): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(createPool(connectionString, options), { disposeExternalPool: true }) });
}

/** Prisma's adapter on the app's pool (src/db/pool.ts), which connects at the first query. */
function appPoolAdapter(): SqlDriverAdapterFactory {
  // PrismaClient checks these two at construction; PrismaPg connects only in connect().
  const { provider, adapterName } = new PrismaPg("postgresql://unused");
  return { provider, adapterName, connect: () => new PrismaPg(appPool()).connect() };
}

// One client per process, also across Next.js dev hot reloads, which re-run
// this module but keep globalThis.
const globalForPrisma = globalThis as unknown as { __aanwezigPrisma?: PrismaClient };

export const prisma: PrismaClient = (globalForPrisma.__aanwezigPrisma ??= new PrismaClient({ adapter: appPoolAdapter() }));

/** Disconnects the app's client and closes its pool (tests, before dropping their database). */
export async function disconnectApp(): Promise<void> {
  await prisma.$disconnect();
  await closeAppPool();
}
