import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { decryptTotpSecret } from "@/auth/mfa/totp-secret-cipher";
import { verifyPassword } from "@/auth/password";
import { decryptBsn } from "@/bsn/bsn-cipher";
import { bsnKeyRing } from "@/bsn/bsn-key-ring";
import { isValidBsn } from "@/bsn/is-valid-bsn";
import { DEMO_PASSWORD, DEMO_TWO_STEP_ROLES } from "@/demo/demo-schools";
import { demoTotpSecret } from "@/demo/demo-two-step";
import { seedDemo } from "@/demo/write-demo-data";

import { createTestDatabase, type TestDatabase } from "../helpers/database";

const TODAY = "2026-11-23";

describe("seedDemo", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db?.drop());

  it("writes both demo schools with their history, and a second run changes nothing", async () => {
    const logins = await seedDemo({ connectionString: db.url, today: TODAY });
    // Seven roles per school, the younger pupil and the adult pupil's parent per school, and the parent of both schools.
    expect(logins).toHaveLength(19);
    expect(logins.map((l) => l.email)).toContain("docent@baken.demo");
    expect(logins.map((l) => l.email)).toContain("ouder@horizon.demo");

    const counts = async () => ({
      schools: await db.prisma.school.count(),
      pupils: await db.prisma.pupil.count(),
      lessons: await db.prisma.lesson.count(),
      registrations: await db.prisma.registration.count(),
      changes: await db.prisma.registrationChange.count(),
      users: await db.prisma.user.count(),
    });
    const first = await counts();
    expect(first.schools).toBe(2);
    expect(first.pupils).toBe(720);
    expect(first.registrations).toBeGreaterThan(180_000);
    expect(first.changes).toBeGreaterThanOrEqual(first.registrations);

    await seedDemo({ connectionString: db.url, today: TODAY });
    expect(await counts()).toEqual(first);
  }, 180_000);

  it("lets every demo log-in sign in to its own school with its role", async () => {
    const logins = await seedDemo({ connectionString: db.url, today: TODAY });
    for (const login of logins) {
      const user = await db.prisma.user.findUniqueOrThrow({
        where: { email: login.email },
        select: { id: true, passwordHash: true, totpSecret: true, totpEnabledAt: true, memberships: { select: { roles: true, school: { select: { name: true } } } } },
      });
      // The roles that require the two-step log-in have it, with the public demo secret (README); no one else.
      if ((DEMO_TWO_STEP_ROLES as readonly string[]).includes(login.role)) {
        expect(user.totpEnabledAt, login.email).not.toBeNull();
        expect(decryptTotpSecret(user.totpSecret!, { keyRing: bsnKeyRing(), userId: user.id }).equals(demoTotpSecret())).toBe(true);
      } else {
        expect([user.totpSecret, user.totpEnabledAt], login.email).toEqual([null, null]);
      }
      // The parent with a child at both schools has one account with a membership in each (decision 132).
      expect(user.memberships.map((m) => m.school.name).sort().join(" en "), login.email).toBe(login.school.split(" en ").sort().join(" en "));
      const expected = {
        docent: "TEACHER", mentor: "MENTOR", verzuim: "COORDINATOR", directie: "LEADER", beheer: "ADMIN", ouder: "PARENT",
        leerling: "PUPIL", "leerling-jong": "PUPIL", "ouder-leerling": "PARENT", "ouder-twee-scholen": "PARENT",
      } as const;
      for (const membership of user.memberships) expect(membership.roles, login.email).toContain(expected[login.role]);
    }
    const docent = await db.prisma.user.findUniqueOrThrow({ where: { email: "docent@baken.demo" }, select: { passwordHash: true } });
    expect(await verifyPassword(docent.passwordHash, DEMO_PASSWORD)).toBe(true);
  }, 60_000);

  it("gives the demo its pupil accounts and a parent with a child at each school", async () => {
    await seedDemo({ connectionString: db.url, today: TODAY });
    const ids = new Map((await db.prisma.user.findMany({ select: { id: true, email: true } })).map((u) => [u.email, u.id]));
    const pupilOf = (email: string) => db.prisma.pupil.findFirstOrThrow({
      where: { userId: ids.get(email)! },
      select: { birthDate: true, school: { select: { brin: true, pupilsSeeOwnRegistrations: true } }, guardians: { where: { primaryContact: true }, select: { guardian: { select: { email: true } } } } },
    });
    const age = (birthDate: Date) => Number(TODAY.slice(0, 4)) - birthDate.getUTCFullYear() - (TODAY.slice(5) < birthDate.toISOString().slice(5, 10) ? 1 : 0);
    const adult = await pupilOf("leerling@baken.demo");
    expect(age(adult.birthDate)).toBeGreaterThanOrEqual(18);
    expect(adult.guardians.map((g) => g.guardian.email)).toEqual(["ouder-leerling@baken.demo"]);
    const young = await pupilOf("leerling-jong@baken.demo");
    expect(age(young.birthDate)).toBeLessThan(18);
    expect(young.school.pupilsSeeOwnRegistrations).toBe(true);
    expect((await pupilOf("leerling-jong@horizon.demo")).school.pupilsSeeOwnRegistrations).toBe(false);
    const children = await db.prisma.guardian.findMany({
      where: { userId: ids.get("ouder-twee-scholen@baken.demo")! },
      select: { school: { select: { brin: true } }, pupils: { select: { pupilId: true } } },
    });
    expect(children.map((g) => [g.school.brin, g.pupils.length]).sort()).toEqual([["99XA", 1], ["99YB", 1]]);
  }, 60_000);

  it("keeps every school's rows to itself and today's register free of teacher marks", async () => {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      // Registrations and their pupils always share the school (the composite foreign keys).
      const { rows: mixed } = await client.query(
        `SELECT count(*)::int AS n FROM "Registration" r JOIN "Lesson" l ON l."id" = r."lessonId" WHERE l."schoolId" <> r."schoolId"`,
      );
      expect(mixed[0].n).toBe(0);
      const { rows: today } = await client.query(
        `SELECT count(*) FILTER (WHERE "observed" IS NOT NULL)::int AS marked, count(*)::int AS total FROM "Registration" WHERE "date" = $1`,
        [TODAY],
      );
      expect(today[0].marked).toBe(0);
      expect(today[0].total).toBeGreaterThan(0); // the parents' sick reports
      const { rows: later } = await client.query(`SELECT count(*)::int AS n FROM "Registration" WHERE "date" > $1`, [TODAY]);
      expect(later[0].n).toBe(0);
    } finally {
      await client.end();
    }
  }, 60_000);

  it("stores every BSN encrypted: only ciphertext in the column, each decrypting to a valid BSN of its own pupil", async () => {
    await seedDemo({ connectionString: db.url, today: TODAY });
    const rows = await db.prisma.$queryRaw<{ schoolId: string; id: string; value: string | null }[]>`
      SELECT "schoolId", "id", "bsnEncrypted" AS value FROM "Pupil"`;
    expect(rows).toHaveLength(720);
    for (const row of rows) {
      expect(row.value).toMatch(/^v1:[A-Za-z0-9_-]+:[A-Za-z0-9+/=]{16}:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]{24}$/);
      expect(isValidBsn(decryptBsn(row.value!, { keyRing: bsnKeyRing(), owner: { schoolId: row.schoolId, pupilId: row.id } }))).toBe(true);
    }
  }, 60_000);
});
