import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { GET as health } from "../../app/api/health/route";
import { GET as metricsRoute } from "../../app/api/metrics/route";
import { GET as ready } from "../../app/api/ready/route";
import { REMOTE_ADDRESS_HEADER } from "@/auth/client-address";
import { APP_ROLE, asAppRole } from "@/db/app-role";
import { closeProbePool } from "@/observability/server/probe-pool";
import { installSignalQueue, SIGNAL_QUEUES } from "@/signals/server/install-signal-queue";
import { enqueuePupilEvaluation, stopSignalBoss } from "@/signals/server/signal-queue";

import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";

// The probes and the metrics as a load balancer and Prometheus call them (decision 162): the route handlers
// themselves, against a real database, connected as the app's role "aanwezig_app" with no school set.

// Roles belong to the whole test server; every file that logs in as the app role uses this password.
const APP_PASSWORD = "rls-test-wachtwoord";

let db: TestDatabase;
let school: SchoolWithLesson;

beforeAll(async () => {
  db = await useFreshAppDatabase();
  await db.prisma.$executeRawUnsafe(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '${APP_PASSWORD}'`);
  process.env.APP_DATABASE_URL = asAppRole(db.url, APP_PASSWORD);
  school = await createSchoolWithLesson(db.prisma, { date: "2026-11-23", name: "School A" });
});
afterAll(async () => {
  await stopSignalBoss();
  await closeProbePool();
  await db?.drop();
});

const scrape = (headers: Record<string, string> = { [REMOTE_ADDRESS_HEADER]: "127.0.0.1" }) =>
  metricsRoute(new Request("http://localhost/api/metrics", { headers }));

/** `name{labels} value` lines of Prometheus text, by name and label text. */
function samples(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const line of text.split("\n")) {
    const match = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (match) found.set(`${match[1]}${match[2] ?? ""}`, Number(match[3]));
  }
  return found;
}
const queue = (name: string, metric: string) => `${metric}{queue="${name}"}`;

describe("GET /api/health", () => {
  it("answers ok, uncached", async () => {
    const response = health();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ok" });
  });
});

describe("GET /api/ready", () => {
  it("is not ready while pg-boss is not installed in the database, and says that the queue is the part missing", async () => {
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: "not ready", database: "ok", queue: "missing" });
  });

  it("is ready once the signals queue is installed, as the app's role and for no school", async () => {
    await installSignalQueue(db.url);
    const response = await ready();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ status: "ready", database: "ok", queue: "ok" });
    const probes = await db.prisma.$queryRaw<{ usename: string }[]>`SELECT usename::text FROM pg_stat_activity WHERE application_name = 'aanwezig-probe'`;
    expect(probes).toEqual([{ usename: APP_ROLE }]);
  });
});

describe("GET /api/metrics", () => {
  it("refuses another machine without a token, and says how to get in", async () => {
    const response = await scrape({ [REMOTE_ADDRESS_HEADER]: "10.1.2.3" });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("METRICS_TOKEN");
  });

  it("shows the waiting jobs, the age of the oldest and the failed ones, per signals queue", async () => {
    const before = samples(await (await scrape()).text());
    expect(before.get("aanwezig_signal_queue_stats_up")).toBe(1);
    expect(before.get(queue(SIGNAL_QUEUES.pupils, "aanwezig_signal_jobs_waiting"))).toBe(0);
    expect(before.get(queue(SIGNAL_QUEUES.pupils, "aanwezig_signal_oldest_waiting_job_age_seconds"))).toBe(0);

    // A teacher's save, the way the register queues it (as the app's role); and one job that fails for good.
    await enqueuePupilEvaluation({ schoolId: school.schoolId, pupilIds: school.pupilIds.slice(0, 2) });
    await failOneNightlyJob();
    await db.prisma.$executeRawUnsafe(`UPDATE pgboss.job SET created_on = now() - interval '90 seconds' WHERE name = '${SIGNAL_QUEUES.pupils}'`);

    const response = await scrape();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const after = samples(text);
    expect(after.get(queue(SIGNAL_QUEUES.pupils, "aanwezig_signal_jobs_waiting"))).toBe(1);
    expect(after.get(queue(SIGNAL_QUEUES.pupils, "aanwezig_signal_oldest_waiting_job_age_seconds"))).toBeGreaterThanOrEqual(90);
    expect(after.get(queue(SIGNAL_QUEUES.pupils, "aanwezig_signal_oldest_waiting_job_age_seconds"))).toBeLessThan(600);
    expect(after.get(queue(SIGNAL_QUEUES.nightly, "aanwezig_signal_jobs_failed_last_hour"))).toBe(1);
    expect(after.get(queue(SIGNAL_QUEUES.nightly, "aanwezig_signal_jobs_waiting"))).toBe(0);
    expect(after.get(queue(SIGNAL_QUEUES.school, "aanwezig_signal_jobs_waiting"))).toBe(0);
    // prom-client's process metrics, and nothing of a school in the text.
    expect(after.has("process_cpu_user_seconds_total")).toBe(true);
    expect(after.has("nodejs_heap_size_used_bytes")).toBe(true);
    expect(text).not.toContain(school.schoolId);
    expect(text).not.toContain(APP_PASSWORD);
  });
});

/** A nightly job without retries, taken and failed as a worker would. */
async function failOneNightlyJob(): Promise<void> {
  const boss = new PgBoss({ connectionString: db.url, schema: "pgboss", max: 1, supervise: false, schedule: false, migrate: false });
  boss.on("error", () => {});
  await boss.start();
  try {
    const id = await boss.send(SIGNAL_QUEUES.nightly, {}, { retryLimit: 0 });
    const [job] = await boss.fetch(SIGNAL_QUEUES.nightly);
    expect(job?.id).toBe(id);
    await boss.fail(SIGNAL_QUEUES.nightly, id!, { message: "test" });
  } finally {
    await boss.stop({ graceful: false, timeout: 1_000 });
  }
}
