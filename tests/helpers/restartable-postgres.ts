import path from "node:path";

import { createScratchDirectory, startEmbeddedPostgres, type EmbeddedPostgresServer } from "@/db/embedded";

/**
 * A PostgreSQL of one test file's own, in a scratch folder, that the test can stop and start again on the
 * same port and data while the app keeps running: the fault tests (readiness, saves during a restart). The
 * shared test server (tests/setup/global-database.ts) must never be stopped, so these tests cannot use it.
 *
 *   const postgres = await startRestartablePostgres();
 *   await postgres.stop(); … await postgres.start();
 *   afterAll(() => postgres.remove());
 */
export type RestartablePostgres = {
  /** Owner URL of the database "aanwezig" over TCP (the same before and after a restart). */
  url: string;
  /** The same over the Unix socket in the data folder, as the app itself connects (src/db/embedded.ts). */
  socketUrl: string;
  port: number;
  /** Stops the server (fast shutdown: open connections are cut, as in a real restart). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops the server if it runs and deletes its folder. */
  remove(): Promise<void>;
};

export async function startRestartablePostgres(): Promise<RestartablePostgres> {
  const scratch = await createScratchDirectory();
  const boot = (port: number) =>
    startEmbeddedPostgres({ dataDir: path.join(scratch.path, "data"), port, database: "aanwezig", persistent: true, durability: "fast" });
  let server: EmbeddedPostgresServer | undefined = await boot(0).catch(async (error: unknown) => {
    await scratch.remove();
    throw error;
  });
  const { port, connectionString: url, socketConnectionString: socketUrl } = server;
  return {
    url,
    socketUrl,
    port,
    stop: async () => {
      await server?.stop();
      server = undefined;
    },
    start: async () => {
      server ??= await boot(port);
    },
    remove: async () => {
      await server?.stop();
      server = undefined;
      await scratch.remove();
    },
  };
}
