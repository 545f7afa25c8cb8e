import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";

import pg from "pg";

/*
 * `npm run worker` in a process of its own, for `npm run bench:signals`: the same command
 * (`node --import tsx --conditions=react-server scripts/worker.ts`, package.json), the same settings as
 * `npm start` gives it (production, the app role only: tests/integration/worker-process.test.ts), and what
 * the bench reads back from the queue: when pg-boss's jobs of a queue were made, started and completed.
 */

export interface WorkerProcess {
  pid: number;
  /** The worker's output so far (its Dutch log lines). */
  output(): string;
  /** SIGTERM, as a process manager sends it; resolves with the exit code. */
  stop(): Promise<number | null>;
}

const READY_TIMEOUT_MS = 120_000;

export async function startWorkerProcess({ root, appUrl, appNow }: { root: string; appUrl: string; appNow: string }): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", DATABASE_URL: appUrl, APP_DATABASE_URL: appUrl, APP_NOW: appNow },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  // A bench that ends early (an error, Ctrl-C) leaves no worker behind.
  const orphanGuard = () => child.kill("SIGKILL");
  process.once("exit", orphanGuard);
  void exit.then(() => process.off("exit", orphanGuard));
  const worker: WorkerProcess = {
    pid: child.pid!,
    output: () => out,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exit;
    },
  };
  const t0 = performance.now();
  while (!out.includes("Signalenwerker klaar")) {
    if (child.exitCode !== null) throw new Error(`the worker stopped before it was ready (exit ${child.exitCode}):\n${out}`);
    if (performance.now() - t0 > READY_TIMEOUT_MS) {
      await worker.stop();
      throw new Error(`the worker was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${out}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return worker;
}

export interface QueueJobs {
  completed: number;
  failed: number;
  /** Epoch ms; null while no job of the set has started or completed. */
  firstCreated: number | null;
  firstStarted: number | null;
  lastCompleted: number | null;
}

/** The jobs of `queue` made at or after `since` (epoch ms; 0: all), as pg-boss records them. */
export async function queueJobs(db: pg.ClientBase, queue: string, since = 0): Promise<QueueJobs> {
  const { rows } = await db.query<{ completed: number; failed: number; created: Date | null; started: Date | null; done: Date | null }>(
    `SELECT count(*) FILTER (WHERE state = 'completed')::int AS completed, count(*) FILTER (WHERE state = 'failed')::int AS failed,
            min(created_on) AS created, min(started_on) AS started, max(completed_on) AS done
     FROM pgboss.job WHERE name = $1 AND created_on >= to_timestamp($2::float8 / 1000)`,
    [queue, since],
  );
  const row = rows[0]!;
  return {
    completed: row.completed, failed: row.failed,
    firstCreated: row.created?.getTime() ?? null, firstStarted: row.started?.getTime() ?? null, lastCompleted: row.done?.getTime() ?? null,
  };
}

/** Polls every 100 ms until `count` jobs of `queue` since `since` completed; a failed one ends the wait with the worker's output. */
export async function waitForJobs(db: pg.ClientBase, { queue, count, since = 0, timeoutMs, worker }: {
  queue: string; count: number; since?: number; timeoutMs: number; worker: WorkerProcess;
}): Promise<QueueJobs> {
  const t0 = performance.now();
  for (;;) {
    const jobs = await queueJobs(db, queue, since);
    if (jobs.failed > 0) throw new Error(`${jobs.failed} job(s) of ${queue} failed; the worker said:\n${worker.output()}`);
    if (jobs.completed >= count) return jobs;
    if (performance.now() - t0 > timeoutMs) throw new Error(`${queue}: ${jobs.completed} of ${count} jobs completed within ${timeoutMs / 1000} s; the worker said:\n${worker.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** CPU time (ms) a process has used so far, from /proc (Linux). */
export function processCpuMs(pid: number): number {
  const raw = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = raw.slice(raw.lastIndexOf(")") + 2).split(" ");
  // utime + stime, in ticks of 10 ms (USER_HZ).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
