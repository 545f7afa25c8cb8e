import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, TooManyAttemptsError } from "@/auth/authenticate";
import { throttleKey } from "@/auth/login-throttle-policy";
import { createPrismaClient } from "@/db/client";
import type { PrismaClient } from "@/db/generated/prisma/client";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";

// Failed log-ins are counted in PostgreSQL: two app processes (two clients with their own pools here) see
// one count. docs/decisions/101-login-throttling.md.

let db: TestDatabase;
let otherProcess: PrismaClient;
let school: SchoolWithLesson;

beforeAll(async () => {
  db = await createTestDatabase();
  otherProcess = createPrismaClient(db.url, { poolSize: 2 });
  school = await createSchoolWithLesson(db.prisma, { date: "2026-11-23" });
});
afterAll(async () => {
  await otherProcess.$disconnect();
  await db.drop();
});

type Outcome = "ok" | "wrong" | { retryAfterSeconds: number };

async function attempt(email: string, password: string, { prisma = db.prisma, address = "192.0.2.10" } = {}): Promise<Outcome> {
  try {
    return (await authenticate({ email, password }, { prisma, clientAddress: address })) ? "ok" : "wrong";
  } catch (error) {
    if (error instanceof TooManyAttemptsError) return { retryAfterSeconds: error.retryAfterSeconds };
    throw error;
  }
}

/** Drives the clock through the row: the lock (and the count's window) lie in the past. */
async function endLock(kind: "account" | "address", value: string): Promise<void> {
  await db.prisma.$executeRawUnsafe(
    `UPDATE "LoginThrottle" SET "lockedUntil" = (now() AT TIME ZONE 'UTC') - interval '1 second', "lastFailureAt" = (now() AT TIME ZONE 'UTC') - interval '16 minutes' WHERE "key" = $1`,
    throttleKey(kind, value),
  );
}

describe("per account", () => {
  it("locks after 30 wrong passwords in a row, refuses the right one until the lock ends, then lets it in", async () => {
    const { email, password } = school.users.teacher;
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 30; i++) outcomes.push(await attempt(email, "fout-wachtwoord"));
    expect(outcomes.slice(0, 4)).toEqual(["wrong", "wrong", "wrong", "wrong"]);
    // Locked for 15 minutes, said plainly at every later try.
    const last = outcomes.at(-1) as { retryAfterSeconds: number };
    expect(last.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(last.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);

    expect(await attempt(email, password)).toEqual({ retryAfterSeconds: expect.any(Number) });
    await endLock("account", email);
    expect(await attempt(email, password)).toBe("ok");
    // A success forgets the account's failures.
    expect(await db.prisma.loginThrottle.count({ where: { key: throttleKey("account", email) } })).toBe(0);
  });

  it("makes the fifth failure wait, and a try during the wait counts as a failure", async () => {
    const { email } = school.users.mentor;
    for (let i = 0; i < 5; i++) expect(await attempt(email, "fout", { address: `198.51.100.${i}` })).toBe("wrong");
    const tooQuick = await attempt(email, "fout");
    expect(tooQuick).toEqual({ retryAfterSeconds: expect.any(Number) });
    expect((tooQuick as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(2);
    const row = await db.prisma.loginThrottle.findUniqueOrThrow({ where: { key: throttleKey("account", email) } });
    expect(row.failures).toBe(6);
  });

  it("treats an unknown e-mail address exactly like a known one", async () => {
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 12; i++) outcomes.push(await attempt("niemand@example.org", "fout"));
    expect(outcomes.slice(0, 4)).toEqual(["wrong", "wrong", "wrong", "wrong"]);
    expect((outcomes.at(-1) as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(14 * 60);
    // Nothing stored names the address typed.
    const keys = (await db.prisma.loginThrottle.findMany({ select: { key: true } })).map((row) => row.key);
    expect(keys.join(" ")).not.toContain("niemand");
  });

  it("holds across app processes: failures counted by one lock the account in the other", async () => {
    const { email, password } = school.users.leader;
    for (let i = 0; i < 10; i++) await attempt(email, "fout", { prisma: i % 2 === 0 ? db.prisma : otherProcess });
    const inOther = await attempt(email, password, { prisma: otherProcess });
    const inFirst = await attempt(email, password, { prisma: db.prisma });
    for (const outcome of [inOther, inFirst]) expect((outcome as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(14 * 60);
  });
});

/** An attacker who waits out each short wait (the wait lies in the past; the count stands). */
async function endWait(kind: "account" | "address", value: string): Promise<void> {
  await db.prisma.$executeRawUnsafe(
    `UPDATE "LoginThrottle" SET "lockedUntil" = (now() AT TIME ZONE 'UTC') - interval '1 second' WHERE "key" = $1`,
    throttleKey(kind, value),
  );
}

describe("per client address", () => {
  it("refuses quick tries from an address after 20 failures without counting them (a school shares one address)", async () => {
    const address = "203.0.113.5";
    for (let i = 0; i < 20; i++) expect(await attempt(`raad-${i}@example.org`, "fout", { address })).toBe("wrong");
    for (let i = 0; i < 5; i++) expect(await attempt(school.users.coordinator.email, school.users.coordinator.password, { address })).toEqual({ retryAfterSeconds: expect.any(Number) });
    expect((await db.prisma.loginThrottle.findUniqueOrThrow({ where: { key: throttleKey("address", address) } })).failures).toBe(20);
    await endWait("address", address);
    expect(await attempt(school.users.coordinator.email, school.users.coordinator.password, { address })).toBe("ok");
  });

  it("locks an address after 100 failures over many accounts, but not the same accounts from elsewhere", async () => {
    const address = "203.0.113.7";
    let last: Outcome = "wrong";
    for (let i = 0; i < 100; i++) {
      await endWait("address", address);
      last = await attempt(`gok-${i}@example.org`, "fout", { address });
    }
    expect((last as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(14 * 60);
    const { email, password } = school.users.admin;
    expect(await attempt(email, password, { address })).toEqual({ retryAfterSeconds: expect.any(Number) });
    expect(await attempt(email, password, { address: "203.0.113.8" })).toBe("ok");
    await endLock("address", address);
    expect(await attempt(email, password, { address })).toBe("ok");
  }, 120_000); // 100 password checks (argon2) on a shared machine
});
