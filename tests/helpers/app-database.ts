import { randomBytes } from "node:crypto";
import { disconnectApp } from "@/db/client";
import { stopSignalWorker } from "@/signals/server/signal-worker";
import { createTestDatabase, type TestDatabase } from "./database";
import { startSmtpSink } from "./smtp-sink";

/**
 * A fresh database that the app's own `prisma` client (src/db/client.ts) uses,
 * so that use cases run exactly as in production. Call it in `beforeAll`,
 * before the first query: the client reads DATABASE_URL when it first
 * connects. Each test file runs in its own process, so files don't interfere.
 * Its `drop` first stops what the use cases started on it (the signals queue's
 * client, the app's connections), so dropping the database interrupts nobody.
 */
export async function useFreshAppDatabase(): Promise<TestDatabase> {
  return freshAppDatabase();
}

async function freshAppDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  return {
    ...database,
    drop: async () => {
      await stopSignalWorker();
      await disconnectApp();
      await database.drop();
    },
  };
}

export type SmtpSink = Awaited<ReturnType<typeof startSmtpSink>>;

/**
 * `useFreshAppDatabase` with a real local SMTP server that the app's e-mail goes to (SMTP_URL set before the
 * first mail). Its `drop` also stops the mail server.
 */
export async function freshAppDatabaseWithMail(): Promise<TestDatabase & { smtp: SmtpSink }> {
  const smtp = await startSmtpSink();
  process.env.SMTP_URL = smtp.url;
  const database = await freshAppDatabase();
  return {
    ...database,
    smtp,
    drop: async () => {
      await database.drop();
      await smtp.stop();
    },
  };
}
