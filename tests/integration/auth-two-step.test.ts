import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authorize, TWO_STEP_FIRST } from "@/auth/authorize";
import { answerRoute } from "@/auth/answer-route";
import { loadActor, type Actor } from "@/auth/load-actor";
import { loadSessionActor } from "@/auth/load-session-actor";
import { throttleKey } from "@/auth/login-throttle-policy";
import { ZTwoStepCodeSchema } from "@/auth/mfa/schemas";
import { newRecoveryCodes } from "@/auth/mfa/server/new-recovery-codes";
import { setUpTwoStep } from "@/auth/mfa/server/set-up-two-step";
import { switchOffTwoStep } from "@/auth/mfa/server/switch-off-two-step";
import { twoStepStatus } from "@/auth/mfa/server/two-step-status";
import { totpCode, totpStep } from "@/auth/mfa/totp";
import { can } from "@/auth/permissions";
import { ZEndAllSessionsSchema } from "@/auth/schemas";
import { endAllSessions } from "@/auth/server/end-all-sessions";
import { prisma } from "@/db/client";
import { demoTotpSecret } from "@/demo/demo-two-step";
import { AppError } from "@/errors/app-error";
import { ZSignalActionSchema } from "@/signal-queue/schemas";
import { updateSignalState } from "@/signal-queue/server/update-signal-state";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";
import { useFreshAppDatabase } from "../helpers/app-database";
import { AuthClient } from "../helpers/auth-client";
import type { TestDatabase } from "../helpers/database";
import { awayFromStepEdge, unusedTwoStepCode } from "../helpers/two-step";

// The two-step log-in (docs/decisions/116-two-step-login.md), through next-auth's own handler and the
// use cases, on real PostgreSQL.

let db: TestDatabase;
let school: SchoolWithLesson;
/** Coordinator, leader and admin without the second step: the state the product must not leave them in. */
let unenrolled: SchoolWithLesson;

beforeAll(async () => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: "2026-11-23" });
  unenrolled = await createSchoolWithLesson(db.prisma, { date: "2026-11-23", twoStep: false });
});
afterAll(() => db.drop());
// Codes are computed here for "now"; a step changing in between would fail a test for no reason.
beforeEach(() => awayFromStepEdge());

const demoCode = (offsetSteps = 0) => totpCode(demoTotpSecret(), totpStep(Date.now()) + offsetSteps);

/** The password step; returns the client and the proof it was given for the second step. */
async function passwordStep(email: string, password = "test-wachtwoord"): Promise<{ client: AuthClient; token: string }> {
  const client = new AuthClient();
  const answer = await client.logIn(email, password);
  const token = /^SecondStep:(.+)$/.exec(answer ?? "")?.[1];
  if (!token) throw new Error(`no second step: ${answer}`);
  return { client, token };
}

async function lastStepOf(userId: string): Promise<number | null> {
  return (await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpLastStep: true } })).totpLastStep;
}

async function accountFailures(email: string): Promise<number> {
  const row = await prisma.loginThrottle.findUnique({ where: { key: throttleKey("account", email) } });
  return row?.failures ?? 0;
}

const actorOf = async (s: SchoolWithLesson, role: keyof SchoolWithLesson["users"]): Promise<Actor> =>
  (await loadActor({ schoolId: s.schoolId, userId: s.users[role].id }))!;

describe("the password step of a person with the second step", () => {
  it("starts no session: only a proof, which is not the password", async () => {
    const { client, token } = await passwordStep(school.users.coordinator.email);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(token).not.toContain("test-wachtwoord");
    expect(client.sessionToken()).toBeUndefined();
    expect(await client.session()).toEqual({});
    // A wrong password still says only that the e-mail address or password is wrong.
    expect(await new AuthClient().logIn(school.users.coordinator.email, "fout")).toBe("CredentialsSignin");
  });
});

describe("codes from the app", () => {
  it("are taken for the previous, current and next 30 s, not further off", async () => {
    const { client, token } = await passwordStep(school.users.leader.email);
    expect(await client.secondStep(token, demoCode(-2))).toBe("WrongCode");
    expect(await client.secondStep(token, demoCode(2))).toBe("WrongCode");
    expect(await client.secondStep(token, demoCode(-1))).toBeNull();
    expect(await client.session()).toMatchObject({ userId: school.users.leader.id, schoolId: school.schoolId });
    expect(await lastStepOf(school.users.leader.id)).toBe(totpStep(Date.now()) - 1);
  });

  it("count once: the same code (or an older one) is refused afterwards, also in a new log-in", async () => {
    const userId = school.users.admin.id;
    const code = await unusedTwoStepCode(prisma, userId);
    const first = await passwordStep(school.users.admin.email);
    expect(await first.client.secondStep(first.token, code)).toBeNull();
    const usedStep = (await lastStepOf(userId))!;

    const second = await passwordStep(school.users.admin.email);
    expect(await second.client.secondStep(second.token, code)).toBe("UsedCode");
    expect(await second.client.secondStep(second.token, totpCode(demoTotpSecret(), usedStep - 1))).toMatch(/UsedCode|WrongCode/);
    expect(second.client.sessionToken()).toBeUndefined();
    expect(await lastStepOf(userId)).toBe(usedStep);
  });
});

describe("the proof of the password step", () => {
  it("works once: after a log-in it is spent", async () => {
    const { client, token } = await passwordStep(school.users.coordinator.email);
    expect(await client.secondStep(token, await unusedTwoStepCode(prisma, school.users.coordinator.id))).toBeNull();
    const thief = new AuthClient();
    expect(await thief.secondStep(token, await unusedTwoStepCode(prisma, school.users.coordinator.id))).toBe("LoginExpired");
    expect(thief.sessionToken()).toBeUndefined();
  });

  it("cannot be made up, or used after its minutes", async () => {
    const forger = new AuthClient();
    expect(await forger.secondStep("A".repeat(43), demoCode())).toBe("LoginExpired");
    expect(await forger.secondStep("", demoCode())).toBe("LoginExpired");

    const { client, token } = await passwordStep(school.users.coordinator.email);
    await prisma.$executeRawUnsafe(`UPDATE "PendingLogin" SET "expiresAt" = now() - interval '1 second' WHERE "usedAt" IS NULL`);
    expect(await client.secondStep(token, await unusedTwoStepCode(prisma, school.users.coordinator.id))).toBe("LoginExpired");
    expect(client.sessionToken()).toBeUndefined();
  });

  it("is stored only as a hash", async () => {
    const { token } = await passwordStep(school.users.coordinator.email);
    const rows = await prisma.pendingLogin.findMany({ select: { tokenHash: true } });
    expect(rows.some((row) => row.tokenHash.includes(token))).toBe(false);
  });
});

describe("wrong codes", () => {
  it("count as failed log-ins of the account, survive a right password, and lock it as wrong passwords do", async () => {
    const throttled = await createSchoolWithLesson(db.prisma, { date: "2026-11-23" });
    const { email } = throttled.users.coordinator;
    const { client, token } = await passwordStep(email);
    for (let i = 0; i < 4; i++) expect(await client.secondStep(token, "000000")).toBe("WrongCode");
    expect(await accountFailures(email)).toBe(4);
    // The fifth: failures from the fifth on make the account wait (docs/decisions/101).
    expect(await client.secondStep(token, "000000")).toBe("WrongCode");
    expect(await accountFailures(email)).toBe(5);
    // A right password does not forget them (otherwise the password would buy new guesses)…
    await prisma.$executeRawUnsafe(`UPDATE "LoginThrottle" SET "lockedUntil" = NULL`);
    const again = await passwordStep(email);
    expect(await accountFailures(email)).toBe(5);
    // …and that proof, worn out after five wrong codes, is no use either.
    expect(await client.secondStep(token, await unusedTwoStepCode(prisma, throttled.users.coordinator.id))).toBe("LoginExpired");
    // The next wrong code makes the account wait; the refusal says so in the log-in's own words.
    expect(await again.client.secondStep(again.token, "000000")).toBe("WrongCode");
    expect(await again.client.secondStep(again.token, "000000")).toMatch(/^TooManyAttempts:\d+$/);
  });

  it("lock the account after ten, like wrong passwords", async () => {
    const throttled = await createSchoolWithLesson(db.prisma, { date: "2026-11-23" });
    const { email } = throttled.users.leader;
    let last: string | null = null;
    for (let i = 0; i < 2; i++) {
      // The waits between failures are the throttling's own business (its tests); here only the count.
      await prisma.$executeRawUnsafe(`UPDATE "LoginThrottle" SET "lockedUntil" = NULL WHERE "failures" < 10`);
      const { client, token } = await passwordStep(email);
      for (let j = 0; j < 5; j++) {
        await prisma.$executeRawUnsafe(`UPDATE "LoginThrottle" SET "lockedUntil" = NULL WHERE "failures" < 10`);
        last = await client.secondStep(token, "000000");
      }
    }
    expect(await accountFailures(email)).toBe(10);
    expect(last).toBe(`TooManyAttempts:${15 * 60}`);
    expect(await new AuthClient().logIn(email, "test-wachtwoord")).toMatch(/^TooManyAttempts:/);
  });
});

describe("setting it up, recovery codes, switching it off", () => {
  it("takes a code of the new secret, then gives ten recovery codes that each work once", async () => {
    const teacher = await actorOf(school, "teacher");
    expect(teacher.mustEnrolTwoStep).toBe(false);
    const status = await twoStepStatus({ userId: teacher.userId });
    if (status.enabled) throw new Error("already on");
    expect((await twoStepStatus({ userId: teacher.userId })).enabled).toBe(false);
    expect(await prisma.user.findUniqueOrThrow({ where: { id: teacher.userId }, select: { totpEnabledAt: true } })).toEqual({ totpEnabledAt: null });
    const secret = status.secret;

    await expect(setUpTwoStep({ actor: teacher, input: { code: "123456" } })).rejects.toThrow("Deze code klopt niet");
    const result = await setUpTwoStep({ actor: teacher, input: { code: totpCode(secret, totpStep(Date.now())) } });
    expect(result.shownOnce).toHaveLength(10);
    expect(new Set(result.shownOnce).size).toBe(10);
    const stored = await prisma.recoveryCode.findMany({ where: { userId: teacher.userId } });
    expect(stored).toHaveLength(10);
    expect(stored.some((row) => result.shownOnce.some((code) => row.codeHash.includes(code)))).toBe(false);
    const audit = await prisma.auditEntry.findFirst({ where: { schoolId: school.schoolId, action: "account.two-step.on" } });
    expect(audit).toMatchObject({ actorId: teacher.userId, entityId: teacher.userId });

    // A recovery code logs in once (any case, any dashes), and is spent.
    const recovery = result.shownOnce[0]!;
    const first = await passwordStep(school.users.teacher.email);
    expect(await first.client.secondStep(first.token, recovery.toLowerCase().replace(/-/g, " "))).toBeNull();
    expect(await prisma.recoveryCode.count({ where: { userId: teacher.userId, usedAt: null } })).toBe(9);
    const second = await passwordStep(school.users.teacher.email);
    expect(await second.client.secondStep(second.token, recovery)).toBe("WrongCode");
    expect(await second.client.secondStep(second.token, "ABCD-EFGH-JKMN")).toBe("WrongCode");

    // New codes: the old stop working.
    await expect(newRecoveryCodes({ actor: teacher, input: { code: "000000" } })).rejects.toThrow(AppError);
    const renewed = await newRecoveryCodes({ actor: teacher, input: { code: totpCode(secret, totpStep(Date.now()) + 1) } });
    expect(await second.client.secondStep(second.token, result.shownOnce[1]!)).toBe("WrongCode");
    expect(await second.client.secondStep(second.token, renewed.shownOnce[0]!)).toBeNull();
  });

  it("switches off only for roles that do not require it, with a code, ending the other sessions", async () => {
    const mentor = await actorOf(school, "mentor");
    const status = await twoStepStatus({ userId: mentor.userId });
    if (status.enabled) throw new Error("already on");
    // The three steps of one window: set up with the previous, log in elsewhere with this one, switch off with the next.
    const step = totpStep(Date.now());
    await setUpTwoStep({ actor: mentor, input: { code: totpCode(status.secret, step - 1) } });
    const other = await passwordStep(school.users.mentor.email);
    expect(await other.client.secondStep(other.token, totpCode(status.secret, step))).toBeNull();
    const otherClaims = await sessionClaims(other.client);
    expect(await loadSessionActor(otherClaims)).not.toBeNull();

    await expect(switchOffTwoStep({ actor: mentor, input: { code: totpCode(status.secret, step) } })).rejects.toThrow("al gebruikt");
    await switchOffTwoStep({ actor: mentor, input: { code: totpCode(status.secret, step + 1) } });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: mentor.userId }, select: { totpSecret: true, totpEnabledAt: true } })).toEqual({ totpSecret: null, totpEnabledAt: null });
    expect(await prisma.recoveryCode.count({ where: { userId: mentor.userId } })).toBe(0);
    expect(await loadSessionActor(otherClaims)).toBeNull();
    expect(await new AuthClient().logIn(school.users.mentor.email, "test-wachtwoord")).toBeNull();

    const coordinator = await actorOf(school, "coordinator");
    await expect(switchOffTwoStep({ actor: coordinator, input: { code: await unusedTwoStepCode(prisma, coordinator.userId) } }))
      .rejects.toThrow("verplicht");
    expect((await twoStepStatus({ userId: coordinator.userId })).enabled).toBe(true);
  });
});

describe("a role that requires the second step, without it", () => {
  it("is the case for coordinator, leader and admin, not for the other roles", async () => {
    for (const role of ["coordinator", "leader", "admin"] as const) expect((await actorOf(unenrolled, role)).mustEnrolTwoStep, role).toBe(true);
    for (const role of ["teacher", "mentor", "parent"] as const) expect((await actorOf(unenrolled, role)).mustEnrolTwoStep, role).toBe(false);
  });

  it("gets a session that can only set it up: actions and routes answer 403 with a clear message", async () => {
    const client = new AuthClient();
    expect(await client.logIn(unenrolled.users.coordinator.email, "test-wachtwoord")).toBeNull();
    const actor = (await loadSessionActor(await sessionClaims(client)))!;
    expect(actor).toMatchObject({ roles: ["COORDINATOR"], twoStepEnabled: false, mustEnrolTwoStep: true });
    expect(can(actor, "daily-check:use")).toBe(false);
    expect(can(actor, "account:manage-own")).toBe(false);
    expect(can(actor, "account:two-step")).toBe(true);

    const signal = { signalId: "00000000-0000-4000-8000-000000000000", action: "take" };
    await expect(authorize(actor, { permission: "signals:manage", schema: ZSignalActionSchema, input: signal }, updateSignalState))
      .rejects.toMatchObject({ code: "FORBIDDEN", message: TWO_STEP_FIRST });
    await expect(authorize(actor, { permission: "account:manage-own", schema: ZEndAllSessionsSchema, input: {} }, endAllSessions))
      .rejects.toMatchObject({ code: "FORBIDDEN", message: TWO_STEP_FIRST });
    const response = await answerRoute(
      { permission: "register:mark", schema: ZEndAllSessionsSchema, run: async () => "should not run" },
      new Request("http://localhost:3000/api/lessons/x/register"), {},
      { publicOrigin: null, actor: async () => actor },
    );
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: "FORBIDDEN", message: TWO_STEP_FIRST } });

    // Setting it up is allowed, and afterwards everything the role may do.
    const status = await twoStepStatus({ userId: actor.userId });
    if (status.enabled) throw new Error("already on");
    await authorize(actor, { permission: "account:two-step", schema: ZTwoStepCodeSchema, input: { code: totpCode(status.secret, totpStep(Date.now())) } }, setUpTwoStep);
    const after = (await loadSessionActor(await sessionClaims(client)))!;
    expect(after).toMatchObject({ twoStepEnabled: true, mustEnrolTwoStep: false });
    expect(can(after, "daily-check:use")).toBe(true);
  });
});

async function sessionClaims(client: AuthClient) {
  const session = (await client.session()) as { userId: string; schoolId: string };
  const row = await prisma.session.findFirstOrThrow({ where: { userId: session.userId, revokedAt: null }, orderBy: { createdAt: "desc" }, select: { id: true } });
  return { userId: session.userId, schoolId: session.schoolId, sessionId: row.id };
}
