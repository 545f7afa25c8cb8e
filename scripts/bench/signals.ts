import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import pg from "pg";

import { createScratchDirectory, startEmbeddedPostgres } from "@/db/embedded";
import { applyMigrations } from "@/db/migrate";
import { assertForeignKeys } from "@/demo/check-foreign-keys";
import { generateDemoSchool } from "@/demo/generate";
import { writeDemoSchool } from "@/demo/write-demo-data";

import { measureChangeToSignal, type TLatencies } from "./signals-change";

/*
 * `npm run bench:signals`: the signals pipeline of issue 5 on a throwaway
 * embedded PostgreSQL with a generated school of 2,000 pupils and a full school
 * year of registrations (the demo generator, "today" = 9 July 2027):
 *
 * 1. whole school: evaluate and store every pupil's signals, first into an
 *    empty Signal table, then again (the nightly pass: everything exists);
 * 2. change to signal: with the worker running, 50 times one mark of a random
 *    pupil is changed and queued exactly as the app does it, and the time until
 *    the pupil's stored signals are re-evaluated is measured (p50/p95); then
 *    30 times with the job sent by another process, so that the worker finds
 *    it by polling instead of being woken.
 *
 * Generating and writing the school is not timed in the figures. The app's
 * server modules start with `import "server-only"`, which only resolves
 * outside React under the "react-server" condition: the work runs in a child
 * process started with it. Writes bench-results/signals.json.
 */

const PUPILS = 2000;
const TODAY = "2027-07-09";
const SEED = 20270709;
/** The app's clock during the benchmark: 9 July 2027, 10:00 in Amsterdam, running on. */
const CLOCK_BASE = Date.parse(`${TODAY}T08:00:00.000Z`);

function main(): void {
  if (process.argv.includes("--child")) {
    child().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
    return;
  }
  const file = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", file, "--child"], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}

const seconds = (ms: number) => Math.round(ms) / 1000;

async function child(): Promise<void> {
  const lap = (() => {
    let last = performance.now();
    return () => {
      const now = performance.now();
      const ms = now - last;
      last = now;
      return ms;
    };
  })();
  const scratch = await createScratchDirectory();
  const server = await startEmbeddedPostgres({ dataDir: path.join(scratch.path, "data"), port: 0, database: "bench", persistent: false, durability: "fast" });
  try {
    await applyMigrations({ connectionString: server.connectionString });
    // The app's modules read their settings through src/env.ts, on first use.
    process.env.DATABASE_URL = server.connectionString;
    process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");

    lap();
    const data = generateDemoSchool({ seed: SEED, today: TODAY, pupils: PUPILS, name: "Benchmarkcollege", brin: "BNCH", region: "MIDDLE", emailDomain: "bench.test" });
    const generateMs = lap();
    await writeSchool(server.connectionString, data);
    const writeMs = lap();
    console.log(`signals benchmark: ${PUPILS} pupils, ${data.lessons.length} lessons, ${data.registrations.length} registrations up to ${TODAY}`);
    console.log(`(setup, not in the figures: generate ${seconds(generateMs)} s, write ${seconds(writeMs)} s)`);

    const { evaluateSchool } = await import("@/signals/server/evaluate-school");
    const clock = () => new Date(CLOCK_BASE + performance.now());
    const first = await evaluateSchool({ schoolId: data.school.id, now: clock() });
    const firstMs = lap();
    const again = await evaluateSchool({ schoolId: data.school.id, now: clock() });
    const againMs = lap();

    const { startSignalWorker, stopSignalWorker } = await import("@/signals/server/signal-worker");
    await startSignalWorker({ clock, nightly: false });
    let latencies: TLatencies;
    try {
      latencies = await measureChangeToSignal({ connectionString: server.connectionString, schoolId: data.school.id, seed: SEED, clock });
    } finally {
      await stopSignalWorker();
    }

    const { prisma } = await import("@/db/client");
    const kinds = await prisma.signal.groupBy({ by: ["kind"], where: { schoolId: data.school.id }, _count: true, orderBy: { kind: "asc" } });
    await prisma.$disconnect();

    report({ first, firstMs, again, againMs, latencies, kinds: Object.fromEntries(kinds.map((k) => [k.kind, k._count])) });
  } finally {
    await server.stop();
    await scratch.remove();
  }
}

/** The demo writer's bulk load, with the per-row foreign-key triggers off and the keys checked set-wise after (as the demo seed does). */
async function writeSchool(connectionString: string, data: ReturnType<typeof generateDemoSchool>): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    // The change history is not read by the rules: leaving it out halves the write.
    await writeDemoSchool(client, { ...data, registrationChanges: [] }, "benchmark-zonder-inlog");
    await assertForeignKeys(client, data.school.id);
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

function report(run: {
  first: { pupils: number; signals: number; created: number };
  firstMs: number;
  again: { pupils: number; signals: number; unchanged: number };
  againMs: number;
  latencies: TLatencies;
  kinds: Record<string, number>;
}): void {
  const { first, firstMs, again, againMs, latencies } = run;
  const rows: [string, string][] = [
    ["whole school, first evaluation (all signals new)", `${seconds(firstMs).toFixed(2)} s, ${Math.round(first.pupils / (firstMs / 1000))} pupils/s, ${first.created} signals`],
    ["whole school, again (nightly: all signals exist)", `${seconds(againMs).toFixed(2)} s, ${Math.round(again.pupils / (againMs / 1000))} pupils/s, ${again.unchanged} unchanged`],
    [`change -> signal, worker in the same process (n=${latencies.notified.samples.length})`, `p50 ${latencies.notified.p50} ms, p95 ${latencies.notified.p95} ms, max ${latencies.notified.max} ms`],
    [`change -> signal, sent by another process (n=${latencies.polled.samples.length})`, `p50 ${latencies.polled.p50} ms, p95 ${latencies.polled.p95} ms, max ${latencies.polled.max} ms`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
  console.log(`signals: ${JSON.stringify(run.kinds)}`);
  console.log(`targets: whole school < 60 s (${firstMs < 60_000 ? "met" : "MISSED"}), change -> signal p95 < 5,000 ms (${latencies.notified.p95 < 5000 && latencies.polled.p95 < 5000 ? "met" : "MISSED"})`);

  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../bench-results/signals.json");
  mkdirSync(path.dirname(out), { recursive: true });
  const result = {
    pupils: first.pupils,
    wholeSchoolSeconds: seconds(firstMs),
    pupilsPerSecond: Math.round(first.pupils / (firstMs / 1000)),
    changeToSignalP50Ms: latencies.notified.p50,
    changeToSignalP95Ms: latencies.notified.p95,
    signals: first.signals,
    wholeSchoolAgainSeconds: seconds(againMs),
    changeToSignalPolledP50Ms: latencies.polled.p50,
    changeToSignalPolledP95Ms: latencies.polled.p95,
    changes: latencies.notified.samples.length + latencies.polled.samples.length,
  };
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

main();
