// `npm run worker`: the signals worker in a process of its own (docs/decisions/160-worker-process.md). It
// works the signals queue (pupils re-evaluated after their registrations changed, whole schools after a
// change of their settings) and runs the nightly pass at 02:00, against the database of APP_DATABASE_URL
// (else DATABASE_URL), as the web server would: each school's work under `withTenant` (decision 115).
// Any number may run, on any machine: pg-boss hands each job to one of them, and its cron sends the
// nightly pass once. SIGTERM or SIGINT: it takes no new jobs, finishes the ones in hand, and exits 0.
// `npm start` runs one beside the web server and restarts it when it stops (scripts/start/supervise-worker.ts).
// Run under the "react-server" condition (package.json), as the app's server modules need, by node itself
// with tsx's loader (`exec node --import tsx`): npm's shell and the tsx command would each stand between a
// process manager's SIGTERM and this process (scripts/start/supervise-worker.ts says why).
import { randomBytes } from "node:crypto";

/** How long a job in hand may take to finish after SIGTERM before it is failed and retried later. */
const STOP_TIMEOUT_MS = 25_000;

async function main(): Promise<void> {
  // The app's settings ask for a secret; this process signs and reads no sessions.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
  const { env } = await import("@/env");
  const settings = env();
  if (!settings.APP_DATABASE_URL && !settings.DATABASE_URL) {
    throw new Error("DATABASE_URL ontbreekt: de werker verbindt met de database van de app (zet APP_DATABASE_URL of DATABASE_URL; zie README, Instellingen)");
  }
  // Started before its database (a machine that boots, a restart): wait for it rather than crash and be restarted.
  const { waitForDatabase } = await import("@/db/wait-for-database");
  const url = settings.APP_DATABASE_URL ?? settings.DATABASE_URL!;
  await waitForDatabase(url, { name: settings.APP_DATABASE_URL ? "APP_DATABASE_URL" : "DATABASE_URL", waitSeconds: settings.DATABASE_WAIT_SECONDS, log });
  const { startSignalWorker, stopSignalWorker } = await import("@/signals/server/signal-worker");
  const { disconnectApp } = await import("@/db/client");

  let stopping: Promise<void> | undefined;
  const stop = (signal: string) => {
    stopping ??= (async () => {
      log(`${signal} ontvangen: de werker neemt geen nieuwe opdrachten meer aan en maakt af wat hij onder handen heeft`);
      await stopSignalWorker({ timeoutMs: STOP_TIMEOUT_MS });
      await disconnectApp();
      log("Signalenwerker gestopt");
      process.exit(0);
    })().catch((error: unknown) => fail(error));
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));

  await startSignalWorker();
  if (!stopping) log(`Signalenwerker klaar (proces ${process.pid}): wijzigingen worden binnen seconden herbeoordeeld, alle scholen elke nacht om 02:00`);
}

function log(line: string): void {
  process.stdout.write(`[aanwezig-werker] ${line}\n`);
}

function fail(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`[aanwezig-werker] Signalenwerker gestopt met een fout: ${message}\n`);
  process.exit(1);
}

main().catch(fail);
