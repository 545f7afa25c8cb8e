import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { authenticate } from "@/auth/authenticate";
import { APP_ROLE, asAppRole } from "@/db/app-role";
import { prisma } from "@/db/client";
import { PrismaClient } from "@/db/generated/prisma/client";
import { createAppPool } from "@/db/pool";
import { setRequestSchoolSource, withTenant } from "@/db/tenant-context";
import { runRetentionPass } from "@/retention/server/run-retention-pass";
import { installSignalQueue, SIGNAL_QUEUES } from "@/signals/server/install-signal-queue";
import { startSignalWorker, stopSignalWorker } from "@/signals/server/signal-worker";

import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";
import { useFreshAppDatabase } from "../helpers/app-database";
import { TEST_APP_ROLE_PASSWORD } from "../helpers/app-role";
import type { TestDatabase } from "../helpers/database";

// PostgreSQL's row-level security as the second tenancy wall (decision 115): as the app role, a
// connection sees and writes only the school it is set to. The test database's owner (a superuser)
// seeds; every check runs as "aanwezig_app", including the app's own `prisma` (APP_DATABASE_URL).

// Roles belong to the whole test server; every file that logs in as the app role uses this password (tests/helpers/app-role.ts).
const APP_PASSWORD = TEST_APP_ROLE_PASSWORD;
/** Tables without row-level security, each for a reason in decision 115; a new table must be added here on purpose. */
// Accounts and log-ins, read before a school is known (decision 115); the two-step tables belong to a person (decision 116).
const WITHOUT_RLS = ["Invitation", "LoginThrottle", "PendingLogin", "RecoveryCode", "Session", "User", "_prisma_migrations"];
const TODAY = "2026-11-23";

let db: TestDatabase;
let appUrl: string;
let a: SchoolWithLesson;
let b: SchoolWithLesson;
let app: pg.Client;

async function connectAsApp(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: appUrl });
  client.on("error", () => {});
  await client.connect();
  return client;
}
const setSchool = (client: pg.Client, schoolId: string, userId = "") =>
  client.query("SELECT set_config('app.school_id', $1, false), set_config('app.user_id', $2, false)", [schoolId, userId]);

/** Tables with a "schoolId" column, from the catalog. */
async function tenantTables(): Promise<string[]> {
  const rows = await db.prisma.$queryRaw<{ table: string }[]>`
    SELECT c.relname AS "table" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r'
      AND EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'schoolId' AND NOT a.attisdropped)
    ORDER BY 1`;
  return rows.map((row) => row.table).filter((table) => !WITHOUT_RLS.includes(table));
}

async function rowsPerSchool(client: pg.Client | PrismaClient, table: string): Promise<Record<string, number>> {
  const text = `SELECT "schoolId"::text AS "schoolId", count(*)::int AS n FROM "${table}" GROUP BY 1`;
  const rows = client instanceof pg.Client ? (await client.query<{ schoolId: string; n: number }>(text)).rows : await client.$queryRawUnsafe<{ schoolId: string; n: number }[]>(text);
  return Object.fromEntries(rows.map((row) => [row.schoolId, row.n]));
}

beforeAll(async () => {
  db = await useFreshAppDatabase();
  await db.prisma.$executeRawUnsafe(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '${APP_PASSWORD}'`);
  appUrl = asAppRole(db.url, APP_PASSWORD);
  // Before the app's first query: the app's `prisma` connects as the app role, as the server does.
  process.env.APP_DATABASE_URL = appUrl;
  a = await createSchoolWithLesson(db.prisma, { date: TODAY, name: "School A" });
  b = await createSchoolWithLesson(db.prisma, { date: TODAY, name: "School B" });
  for (const school of [a, b]) {
    await db.prisma.auditEntry.create({ data: { schoolId: school.schoolId, action: "case-file.read", entityType: "Pupil", entityId: school.pupilIds[0]! } });
  }
  app = await connectAsApp();
}, 60_000);
afterAll(async () => {
  await app?.end().catch(() => {});
  await stopSignalWorker();
  await db?.drop();
});

describe("the catalog", () => {
  it("protects every table with a schoolId, and School and Membership, with forced row-level security and a policy for the app", async () => {
    const tables = await tenantTables();
    expect(tables).toEqual(expect.arrayContaining(["Pupil", "Registration", "AuditEntry", "Membership"]));
    const rows = await db.prisma.$queryRaw<{ table: string; enabled: boolean; forced: boolean; policies: number }[]>`
      SELECT c.relname AS "table", c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
        (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = c.oid
           AND (SELECT oid FROM pg_roles WHERE rolname = ${APP_ROLE}) = ANY(p.polroles)) AS policies
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`;
    const unprotected = rows.filter((row) => !row.enabled || !row.forced || row.policies === 0).map((row) => row.table);
    // Exactly the tables decided on: a new table with or without a schoolId fails here until it has a policy.
    expect(unprotected).toEqual(WITHOUT_RLS);
    for (const table of [...tables, "School"]) expect(unprotected).not.toContain(table);
  });

  it("reads the connection's school once per query, not once per row", async () => {
    // As `(SELECT aanwezig_current_school())` the school is an init plan; called bare, it is a filter on every row.
    const policies = await db.prisma.$queryRaw<{ table: string; qual: string }[]>`
      SELECT tablename AS "table", qual FROM pg_policies WHERE schemaname = 'public' AND policyname = 'tenant' ORDER BY 1`;
    expect(policies.length).toBeGreaterThan(25);
    const perRow = policies.filter((p) => p.qual.replaceAll(/\(\s*SELECT aanwezig_current_(school|user)\(\)/g, "").match(/aanwezig_current_(school|user)\(\)/));
    expect(perRow.map((p) => p.table)).toEqual([]);
  });

  it("gives the app role no way around the policies", async () => {
    const [role] = await db.prisma.$queryRaw<{ rolsuper: boolean; rolbypassrls: boolean }[]>`
      SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = ${APP_ROLE}`;
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const [owns] = await db.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = ${APP_ROLE})`;
    expect(owns!.n).toBe(0); // an owner could switch the policies off
  });
});

describe("as the app role", () => {
  it("sees no tenant rows without a school set", async () => {
    await setSchool(app, "");
    for (const table of [...(await tenantTables()), "School"]) {
      const { rows } = await app.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
      expect({ table, n: rows[0]!.n }).toEqual({ table, n: 0 });
    }
    // …while the owner sees both schools' rows in the same tables.
    expect(Object.keys(await rowsPerSchool(db.prisma, "Pupil"))).toHaveLength(2);
  });

  it("sees exactly the set school's rows, in every tenant table", async () => {
    await setSchool(app, a.schoolId);
    let seen = 0;
    for (const table of await tenantTables()) {
      const all = await rowsPerSchool(db.prisma, table);
      const visible = await rowsPerSchool(app, table);
      expect({ table, visible }).toEqual({ table, visible: all[a.schoolId] ? { [a.schoolId]: all[a.schoolId] } : {} });
      seen += all[a.schoolId] ?? 0;
    }
    expect(seen).toBeGreaterThan(10);
    expect((await app.query(`SELECT "id" FROM "School"`)).rows).toEqual([{ id: a.schoolId }]);
  });

  it("refuses to write a row into another school, or to move one there", async () => {
    await setSchool(app, a.schoolId);
    await expect(app.query(`INSERT INTO "AuditEntry" ("schoolId", "id", "action", "entityType") VALUES ($1, gen_random_uuid(), 'x', 'y')`, [b.schoolId]))
      .rejects.toMatchObject({ code: "42501", message: expect.stringContaining("row-level security") });
    await expect(app.query(`UPDATE "Subject" SET "schoolId" = $1 WHERE "schoolId" = $2`, [b.schoolId, a.schoolId]))
      .rejects.toMatchObject({ code: "42501" });
    // Another school's rows are not there to change or remove.
    expect((await app.query(`UPDATE "Pupil" SET "firstName" = 'X' WHERE "schoolId" = $1`, [b.schoolId])).rowCount).toBe(0);
    expect((await app.query(`DELETE FROM "Lesson" WHERE "schoolId" = $1`, [b.schoolId])).rowCount).toBe(0);
    expect(await db.prisma.lesson.count({ where: { schoolId: b.schoolId } })).toBe(1);
  });

  it("adds audit entries but can never change or remove one", async () => {
    await setSchool(app, a.schoolId);
    const inserted = await app.query(`INSERT INTO "AuditEntry" ("schoolId", "id", "action", "entityType") VALUES ($1, gen_random_uuid(), 'test.insert', 'Pupil')`, [a.schoolId]);
    expect(inserted.rowCount).toBe(1);
    await expect(app.query(`UPDATE "AuditEntry" SET "action" = 'x' WHERE "schoolId" = $1`, [a.schoolId])).rejects.toMatchObject({ code: "42501" });
    await expect(app.query(`DELETE FROM "AuditEntry" WHERE "schoolId" = $1`, [a.schoolId])).rejects.toMatchObject({ code: "42501" });
    await expect(app.query(`SELECT * FROM "_prisma_migrations"`)).rejects.toMatchObject({ code: "42501" });
  });

  it("finds a person's memberships and their schools by the person alone (log-in, before a school is chosen)", async () => {
    // The teacher of A also teaches at B.
    await db.prisma.membership.create({ data: { schoolId: b.schoolId, userId: a.users.teacher.id, roles: ["TEACHER"] } });
    await setSchool(app, "", a.users.teacher.id);
    const memberships = await app.query<{ schoolId: string }>(`SELECT "schoolId"::text FROM "Membership" ORDER BY 1`);
    expect(memberships.rows.map((row) => row.schoolId)).toEqual([a.schoolId, b.schoolId].sort());
    const schools = await app.query<{ id: string }>(`SELECT "id"::text FROM "School" ORDER BY 1`);
    expect(schools.rows.map((row) => row.id)).toEqual([a.schoolId, b.schoolId].sort());
    expect((await app.query(`SELECT count(*)::int AS n FROM "Pupil"`)).rows[0]).toEqual({ n: 0 });
    // A person's own membership in another school is still not theirs to write from here.
    await expect(app.query(`UPDATE "Membership" SET "active" = false WHERE "userId" = $1`, [a.users.teacher.id])).rejects.toMatchObject({ code: "42501" });
  });
});

describe("the app's pool", () => {
  const settingAndPupils = (pool: pg.Pool) =>
    pool.query<{ school: string; schools: string[] | null }>(
      `SELECT current_setting('app.school_id') AS school, (SELECT array_agg(DISTINCT "schoolId"::text) FROM "Pupil") AS schools`,
    ).then(({ rows }) => rows[0]!);

  it("sets the school of withTenant on the connection, and switches it, also nested and on one connection", async () => {
    const pool = createAppPool(appUrl, { poolSize: 1 });
    try {
      expect(await withTenant({ schoolId: a.schoolId }, () => settingAndPupils(pool))).toEqual({ school: a.schoolId, schools: [a.schoolId] });
      expect(await withTenant({ schoolId: b.schoolId }, () => settingAndPupils(pool))).toEqual({ school: b.schoolId, schools: [b.schoolId] });
      const nested = await withTenant({ schoolId: a.schoolId }, async () => {
        const outer = await settingAndPupils(pool);
        const inner = await withTenant({ schoolId: b.schoolId }, () => settingAndPupils(pool));
        return { outer, inner, after: await settingAndPupils(pool) };
      });
      expect(nested).toEqual({
        outer: { school: a.schoolId, schools: [a.schoolId] },
        inner: { school: b.schoolId, schools: [b.schoolId] },
        after: { school: a.schoolId, schools: [a.schoolId] },
      });
      // Outside any context, and outside a request: no school.
      expect(await settingAndPupils(pool)).toEqual({ school: "", schools: null });
    } finally {
      await pool.end();
    }
  });

  it("gives each waiting caller its own school when one connection is handed from one school to the other", async () => {
    const pool = createAppPool(appUrl, { poolSize: 1 });
    try {
      const asks = Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? a.schoolId : b.schoolId));
      const answers = await Promise.all(asks.map((schoolId) => withTenant({ schoolId }, () => settingAndPupils(pool))));
      expect(answers).toEqual(asks.map((schoolId) => ({ school: schoolId, schools: [schoolId] })));
    } finally {
      await pool.end();
    }
  });

  it("sets it for Prisma's queries and transactions (pool.connect()) too", async () => {
    const client = new PrismaClient({ adapter: new PrismaPg(createAppPool(appUrl, { poolSize: 2 }), { disposeExternalPool: true }) });
    try {
      const inTransaction = await withTenant({ schoolId: b.schoolId }, () =>
        client.$transaction(async (tx) => ({ pupils: await tx.pupil.findMany({ select: { schoolId: true } }), lessons: await tx.lesson.count() })),
      );
      expect(new Set(inTransaction.pupils.map((p) => p.schoolId))).toEqual(new Set([b.schoolId]));
      expect(inTransaction.lessons).toBe(1);
      expect(await withTenant({ schoolId: a.schoolId }, () => client.pupil.count())).toBe(a.pupilIds.length);
      expect(await client.pupil.count()).toBe(0);
    } finally {
      await client.$disconnect();
    }
  });

  it("takes a request's school from its session when no withTenant is around, and none when that fails", async () => {
    const pool = createAppPool(appUrl, { poolSize: 1 });
    try {
      setRequestSchoolSource(async () => b.schoolId);
      expect(await settingAndPupils(pool)).toEqual({ school: b.schoolId, schools: [b.schoolId] });
      expect(await withTenant({ schoolId: a.schoolId }, () => settingAndPupils(pool))).toMatchObject({ school: a.schoolId });
      setRequestSchoolSource(() => Promise.reject(new Error("cookies() buiten een verzoek")));
      expect(await settingAndPupils(pool)).toEqual({ school: "", schools: null });
      setRequestSchoolSource(() => {
        throw new Error("cookies() buiten een verzoek");
      });
      expect(await settingAndPupils(pool)).toEqual({ school: "", schools: null });
    } finally {
      setRequestSchoolSource(async () => undefined);
      await pool.end();
    }
  });
});

describe("log-in as the app role", () => {
  it("finds the person's school before any school is set", async () => {
    const { email, password } = a.users.coordinator;
    expect(await authenticate({ email, password }, { prisma })).toMatchObject({ id: a.users.coordinator.id, schoolId: a.schoolId });
    expect(await authenticate({ email, password: "fout" }, { prisma })).toBeNull();
  });
});

describe("background work as the app role", () => {
  it("runs the retention pass for each school, and keeps a parent's account that is still used at another school", async () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    // A's first pupil and B's first pupil left long ago; B's parent is also a parent at A.
    for (const school of [a, b]) {
      await db.prisma.pupil.update({ where: { schoolId_id: { schoolId: school.schoolId, id: school.pupilIds[0]! } }, data: { enrolledUntil: day("2019-07-31") } });
    }
    await db.prisma.membership.create({ data: { schoolId: a.schoolId, userId: b.users.parent.id, roles: ["PARENT"] } });

    const reports = await runRetentionPass({ now: new Date(`${TODAY}T12:00:00Z`) });

    expect(reports.map((r) => [r.schoolId, r.pupils, r.guardians]).sort()).toEqual([[a.schoolId, 1, 1], [b.schoolId, 1, 1]].sort());
    for (const school of [a, b]) expect(await db.prisma.pupil.count({ where: { schoolId: school.schoolId, id: school.pupilIds[0]! } })).toBe(0);
    expect(await db.prisma.user.count({ where: { id: a.users.parent.id } })).toBe(0);
    expect(await db.prisma.user.count({ where: { id: b.users.parent.id } })).toBe(1);
    expect(await db.prisma.auditEntry.count({ where: { action: "retention.apply" } })).toBe(2);
  });

  it("runs the missed nightly pass for every school", async () => {
    // As in production (scripts/start.ts): the owner installs the queue, the worker runs as the app role.
    await installSignalQueue(db.url);
    const started = Date.now();
    await startSignalWorker({ clock: () => new Date(`${TODAY}T12:00:00Z`), connectionString: appUrl });
    const jobs = () => db.prisma.$queryRaw<{ schoolId: string; state: string }[]>`
      SELECT data->>'schoolId' AS "schoolId", state::text FROM pgboss.job WHERE name = ${SIGNAL_QUEUES.school} ORDER BY 1`;
    while ((await jobs()).some((job) => job.state !== "completed") && Date.now() - started < 20_000) await new Promise((r) => setTimeout(r, 200));
    expect(await jobs()).toEqual([a.schoolId, b.schoolId].sort().map((schoolId) => ({ schoolId, state: "completed" })));
    // The app's own `prisma` ran it as the app role: it sees nothing outside a school.
    expect(await prisma.pupil.count()).toBe(0);
  }, 30_000);
});
