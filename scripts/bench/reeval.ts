import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import pg from "pg";

import { createScratchDirectory, startEmbeddedPostgres } from "@/db/embedded";
import { applyMigrations } from "@/db/migrate";
import { assertForeignKeys } from "@/demo/check-foreign-keys";
import { generateDemoSchool } from "@/demo/generate";
import { createRng } from "@/demo/random";
import { writeDemoSchool } from "@/demo/write-demo-data";

import { cpuSnapshot, TICK_MS } from "./register-cpu";

/*
 * `npm run bench:reeval` (issue 15): what re-evaluating pupils after a change costs, from the per-day
 * rollup (decision 173) against the full evaluation from a school year of lessons that it replaced.
 * A generated school (default 240 pupils, "today" 15 March: most of a school year behind it) on a
 * throwaway embedded PostgreSQL; every round changes one registration of each of 30 random pupils with
 * plain SQL (the triggers mark the days) and evaluates those 30 pupils, alternately the new way
 * (`evaluatePupils`) and the old way (lessons → `evaluatePupilLessons` → store, in one transaction).
 * Prints CPU per pupil of this process (Node.js) and of PostgreSQL (its processes are children of this
 * one) and wall time, and writes bench-results/reeval.json. Options: --pupils=240 --rounds=20.
 */

const TODAY = "2027-03-15";
const SEED = 20270315;
const BATCH = 30;
const CLOCK_BASE = Date.parse(`${TODAY}T10:00:00.000Z`);

const { values: args } = parseArgs({ options: { pupils: { type: "string", default: "240" }, rounds: { type: "string", default: "20" }, child: { type: "boolean", default: false } } });

function main(): void {
  if (args.child) {
    child().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
    return;
  }
  // The app's server modules import "server-only", which resolves outside React only under "react-server".
  const file = fileURLToPath(import.meta.url);
  const result = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", file, ...process.argv.slice(2), "--child"], { stdio: "inherit" });
  process.exit(result.status ?? 1);
}

interface TSide { pupils: number; nodeMs: number; postgresMs: number; wallMs: number }

async function child(): Promise<void> {
  const pupils = Number(args.pupils);
  const rounds = Number(args.rounds);
  const scratch = await createScratchDirectory();
  const server = await startEmbeddedPostgres({ dataDir: path.join(scratch.path, "data"), port: 0, database: "bench", persistent: false, durability: "fast" });
  try {
    await applyMigrations({ connectionString: server.connectionString });
    process.env.DATABASE_URL = server.connectionString;
    process.env.AUTH_SECRET ??= randomBytes(32).toString("hex");
    const data = generateDemoSchool({ seed: SEED, today: TODAY, pupils, name: "Herbeoordelingscollege", brin: "HRBD", region: "MIDDLE", emailDomain: "reeval.test" });
    await writeSchool(server.connectionString, data);
    console.log(`reeval benchmark: ${pupils} pupils, ${data.registrations.length} registrations up to ${TODAY}; ${rounds} rounds of ${BATCH} changed pupils`);

    const { evaluateSchool } = await import("@/signals/server/evaluate-school");
    const { evaluatePupils } = await import("@/signals/server/evaluate-pupils");
    const { evaluatePupilsFromLessons } = await import("./reeval-full");
    const clock = () => new Date(CLOCK_BASE + performance.now());
    const started = performance.now();
    await evaluateSchool({ schoolId: data.school.id, now: clock() });
    console.log(`first evaluation of the school (sums every pupil's year): ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const db = new pg.Client({ connectionString: server.connectionString });
    await db.connect();
    const rng = createRng(SEED);
    const { rows: registrations } = await db.query<{ id: string; pupilId: string }>(
      `SELECT "id", "pupilId" FROM "Registration" WHERE "schoolId" = $1 AND "status" IN ('PRESENT', 'ABSENT_UNEXCUSED') ORDER BY "id"`, [data.school.id],
    );
    const byPupil = new Map<string, string[]>();
    for (const r of registrations) byPupil.set(r.pupilId, [...(byPupil.get(r.pupilId) ?? []), r.id]);
    const pupilIds = [...byPupil.keys()];

    const sides: Record<"rollup" | "lessons", TSide> = {
      rollup: { pupils: 0, nodeMs: 0, postgresMs: 0, wallMs: 0 },
      lessons: { pupils: 0, nodeMs: 0, postgresMs: 0, wallMs: 0 },
    };
    for (let round = 0; round < rounds * 2; round++) {
      const chosen = new Set<string>();
      while (chosen.size < Math.min(BATCH, pupilIds.length)) chosen.add(rng.pick(pupilIds));
      const changed = [...chosen].map((p) => rng.pick(byPupil.get(p)!));
      await db.query(
        `UPDATE "Registration" SET "status" = CASE "status" WHEN 'PRESENT' THEN 'ABSENT_UNEXCUSED'::"AttendanceStatus" ELSE 'PRESENT'::"AttendanceStatus" END,
           "version" = "version" + 1 WHERE "schoolId" = $1 AND "id" = ANY($2::uuid[])`, [data.school.id, changed],
      );
      const side = round % 2 === 0 ? sides.rollup : sides.lessons;
      const before = cpuSnapshot(process.pid);
      const wall = performance.now();
      if (round % 2 === 0) await evaluatePupils({ schoolId: data.school.id, pupilIds: [...chosen], now: clock() });
      else await evaluatePupilsFromLessons({ schoolId: data.school.id, pupilIds: [...chosen], now: clock() });
      side.wallMs += performance.now() - wall;
      const after = cpuSnapshot(process.pid);
      side.nodeMs += (after.app - before.app) * TICK_MS;
      side.postgresMs += (after.postgres - before.postgres) * TICK_MS;
      side.pupils += chosen.size;
    }
    await db.end();
    const { prisma } = await import("@/db/client");
    const { closeAppPool } = await import("@/db/pool");
    await prisma.$disconnect();
    await closeAppPool();

    const per = (side: TSide) => ({
      nodeMsPerPupil: round2(side.nodeMs / side.pupils), postgresMsPerPupil: round2(side.postgresMs / side.pupils), wallMsPerPupil: round2(side.wallMs / side.pupils),
    });
    const result = { pupils, rounds, batch: BATCH, today: TODAY, rollup: per(sides.rollup), lessons: per(sides.lessons) };
    console.log("re-evaluating 30 changed pupils (one changed registration each), per pupil:");
    console.log(`  from the per-day rollup (now):        Node.js ${result.rollup.nodeMsPerPupil} ms CPU, PostgreSQL ${result.rollup.postgresMsPerPupil} ms CPU, ${result.rollup.wallMsPerPupil} ms wall`);
    console.log(`  from a year of lessons (before 173):  Node.js ${result.lessons.nodeMsPerPupil} ms CPU, PostgreSQL ${result.lessons.postgresMsPerPupil} ms CPU, ${result.lessons.wallMsPerPupil} ms wall`);
    const out = path.resolve(import.meta.dirname, "../../bench-results/reeval.json");
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  } finally {
    await server.stop();
    await scratch.remove();
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The demo writer's bulk load, as bench:signals does (a new school: its pupils have no rollup yet). */
async function writeSchool(connectionString: string, data: ReturnType<typeof generateDemoSchool>): Promise<void> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    await writeDemoSchool(client, { ...data, registrationChanges: [] }, "benchmark-zonder-inlog");
    await assertForeignKeys(client, data.school.id);
    await client.query("COMMIT");
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
}

main();
