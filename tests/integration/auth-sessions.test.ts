import { decode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorize } from "@/auth/authorize";
import { ZEndAllSessionsSchema } from "@/auth/schemas";
import { loadActor } from "@/auth/load-actor";
import { loadSessionActor, type SessionClaims } from "@/auth/load-session-actor";
import { changePassword } from "@/auth/server/change-password";
import { endAllSessions } from "@/auth/server/end-all-sessions";
import { setMembershipActive } from "@/auth/server/set-membership-active";
import { setMembershipRoles } from "@/auth/server/set-membership-roles";
import { setUserActive } from "@/auth/server/set-user-active";
import { prisma } from "@/db/client";
import { AuthClient } from "../helpers/auth-client";
import { unusedTwoStepCode } from "../helpers/two-step";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { createSchoolWithLesson, type FactoryRole, type SchoolWithLesson } from "../factories/create-school-with-lesson";

// Sessions live in the database: log-out, expiry and the events that end a person's sessions take effect
// on the very next request, whatever copy of the cookie is sent (docs/decisions/100-server-side-sessions.md).

let db: TestDatabase;
let school: SchoolWithLesson;

beforeAll(async () => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  db = await useFreshAppDatabase();
  school = await createSchoolWithLesson(db.prisma, { date: "2026-11-23" });
});
afterAll(() => db.drop());

async function loggedIn(role: FactoryRole, password = school.users[role].password): Promise<{ client: AuthClient; claims: SessionClaims }> {
  const client = new AuthClient();
  // Coordinator, leader and admin log in with the second step (the factory sets it up for them).
  const code = await unusedTwoStepCode(prisma, school.users[role].id);
  expect(await client.logInWithCode(school.users[role].email, password, () => code)).toBeNull();
  return { client, claims: await claimsOf(client.sessionToken()!) };
}

async function claimsOf(token: string): Promise<SessionClaims> {
  const jwt = await decode({ token, secret: process.env.AUTH_SECRET! });
  return { userId: jwt!.sub!, schoolId: jwt!.schoolId!, sessionId: jwt!.sessionId! };
}

/** The same cookie, sent again by another browser (a copy kept after log-out). */
function replay(token: string): AuthClient {
  const copy = new AuthClient();
  copy.jar.set("next-auth.session-token", token);
  return copy;
}

async function setSession(sessionId: string, sql: string): Promise<void> {
  await prisma.$executeRawUnsafe(`UPDATE "Session" SET ${sql} WHERE "id" = $1::uuid`, sessionId);
}

describe("log-in and log-out", () => {
  it("starts a session row, and log-out ends it for every copy of the cookie", async () => {
    const { client, claims } = await loggedIn("teacher");
    expect(await client.session()).toMatchObject({ userId: school.users.teacher.id, schoolId: school.schoolId });
    expect(await loadSessionActor(claims)).toMatchObject({ userId: school.users.teacher.id, roles: ["TEACHER"] });
    const token = client.sessionToken()!;

    await client.logOut();
    expect(client.sessionToken()).toBeUndefined();
    const row = await prisma.session.findUniqueOrThrow({ where: { schoolId_id: { schoolId: claims.schoolId, id: claims.sessionId } } });
    expect(row.revokedAt).not.toBeNull();

    expect(await loadSessionActor(claims)).toBeNull();
    // next-auth's session endpoint hands the old cookie no session and no fresh token.
    const copy = replay(token);
    expect(await copy.session()).toEqual({});
    expect(copy.sessionToken()).toBeUndefined();
  });

  it("keeps the cookie without the Secure flag when the public address is plain http", async () => {
    const client = new AuthClient();
    await client.logIn(school.users.teacher.email, school.users.teacher.password);
    const cookie = (await client.request("session")).cookies.find((c) => c.name.endsWith("next-auth.session-token"));
    expect(cookie).toMatchObject({ name: "next-auth.session-token", secure: false, httpOnly: true });
  });

  it("gives a token without a session id (from before server-side sessions) nothing", async () => {
    const { claims } = await loggedIn("teacher");
    expect(await loadSessionActor({ ...claims, sessionId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    expect(await loadSessionActor({ ...claims, sessionId: "geen-uuid" })).toBeNull();
    // Another person's session id with one's own user id is not a session.
    const other = await loggedIn("leader");
    expect(await loadSessionActor({ ...claims, sessionId: other.claims.sessionId })).toBeNull();
  });
});

describe("expiry, driven through the rows", () => {
  it("ends a session unused for more than 2 hours", async () => {
    const { client, claims } = await loggedIn("mentor");
    await setSession(claims.sessionId, `"lastSeenAt" = (now() AT TIME ZONE 'UTC') - interval '119 minutes'`);
    expect(await loadSessionActor(claims)).not.toBeNull();
    await setSession(claims.sessionId, `"lastSeenAt" = (now() AT TIME ZONE 'UTC') - interval '121 minutes'`);
    expect(await loadSessionActor(claims)).toBeNull();
    expect(await client.session()).toEqual({});
  });

  it("ends a session 12 hours after log-in, however busy", async () => {
    const { client, claims } = await loggedIn("coordinator");
    await setSession(claims.sessionId, `"createdAt" = (now() AT TIME ZONE 'UTC') - interval '12 hours 1 minute', "expiresAt" = (now() AT TIME ZONE 'UTC') - interval '1 minute'`);
    expect(await loadSessionActor(claims)).toBeNull();
    expect(await client.session()).toEqual({});
  });

  it("writes lastSeenAt at most every 5 minutes, not on every request", async () => {
    const { claims } = await loggedIn("leader");
    const lastSeen = async () => (await prisma.session.findUniqueOrThrow({ where: { schoolId_id: { schoolId: claims.schoolId, id: claims.sessionId } } })).lastSeenAt;
    await setSession(claims.sessionId, `"lastSeenAt" = (now() AT TIME ZONE 'UTC') - interval '4 minutes'`);
    const before = await lastSeen();
    await loadSessionActor(claims);
    expect(await lastSeen()).toEqual(before);

    await setSession(claims.sessionId, `"lastSeenAt" = (now() AT TIME ZONE 'UTC') - interval '90 minutes'`);
    await loadSessionActor(claims);
    const touched = await lastSeen();
    expect(Date.now() - touched.getTime()).toBeLessThan(60_000);
    // So a session in use does not reach the idle limit.
    expect(await loadSessionActor(claims)).not.toBeNull();
  });
});

describe("events that end a person's sessions", () => {
  it("a password change ends every session; the new password works", async () => {
    const { claims } = await loggedIn("admin");
    await changePassword({ userId: school.users.admin.id, newPassword: "een-nieuw-wachtwoord" });
    expect(await loadSessionActor(claims)).toBeNull();
    const again = await loggedIn("admin", "een-nieuw-wachtwoord");
    expect(await loadSessionActor(again.claims)).not.toBeNull();
    expect(await new AuthClient().logIn(school.users.admin.email, school.users.admin.password)).toBe("CredentialsSignin");
  });

  it("deactivating the user ends the sessions, and reactivating does not bring them back", async () => {
    const { claims } = await loggedIn("parent");
    await setUserActive({ userId: school.users.parent.id, active: false });
    expect(await loadSessionActor(claims)).toBeNull();
    await setUserActive({ userId: school.users.parent.id, active: true });
    expect(await loadSessionActor(claims)).toBeNull();
    const again = await loggedIn("parent");
    expect(await loadSessionActor(again.claims)).not.toBeNull();
  });

  it("deactivating the membership ends the sessions in that school, also after reactivation", async () => {
    const { claims } = await loggedIn("coordinator");
    await setMembershipActive({ schoolId: school.schoolId, userId: school.users.coordinator.id, active: false });
    expect(await loadSessionActor(claims)).toBeNull();
    await setMembershipActive({ schoolId: school.schoolId, userId: school.users.coordinator.id, active: true });
    expect(await loadSessionActor(claims)).toBeNull();
  });

  it("a role change ends the sessions; after logging in again the new roles count", async () => {
    const { client, claims } = await loggedIn("teacher");
    await setMembershipRoles({ schoolId: school.schoolId, userId: school.users.teacher.id, roles: ["TEACHER", "MENTOR"] });
    expect(await loadSessionActor(claims)).toBeNull();
    expect(await client.session()).toEqual({});
    const again = await loggedIn("teacher");
    expect((await loadSessionActor(again.claims))?.roles).toEqual(["TEACHER", "MENTOR"]);
    await setMembershipRoles({ schoolId: school.schoolId, userId: school.users.teacher.id, roles: ["TEACHER"] });
  });

  it("'uitloggen op alle apparaten' ends every session of the person, and only theirs", async () => {
    const phone = await loggedIn("mentor");
    const laptop = await loggedIn("mentor");
    const colleague = await loggedIn("leader");
    const actor = (await loadSessionActor(laptop.claims))!;
    await expect(authorize(actor, { permission: "account:manage-own", schema: ZEndAllSessionsSchema, input: {} }, endAllSessions))
      .resolves.toBe("Je bent op alle apparaten uitgelogd.");
    expect(await loadSessionActor(phone.claims)).toBeNull();
    expect(await loadSessionActor(laptop.claims)).toBeNull();
    expect(await phone.client.session()).toEqual({});
    expect(await loadSessionActor(colleague.claims)).not.toBeNull();
    const again = await loggedIn("mentor");
    expect(await loadSessionActor(again.claims)).not.toBeNull();
  });

  it("'uitloggen op alle apparaten' is open to every role and refused without a session", async () => {
    for (const role of ["teacher", "mentor", "coordinator", "leader", "admin", "parent"] as const) {
      const actor = (await loadActor({ userId: school.users[role].id, schoolId: school.schoolId }))!;
      await expect(authorize(actor, { permission: "account:manage-own", schema: ZEndAllSessionsSchema, input: {} }, async () => "ok")).resolves.toBe("ok");
    }
    const before = await prisma.user.findMany({ select: { id: true, sessionsValidAfter: true }, orderBy: { id: "asc" } });
    await expect(authorize(null, { permission: "account:manage-own", schema: ZEndAllSessionsSchema, input: {} }, endAllSessions))
      .rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await prisma.user.findMany({ select: { id: true, sessionsValidAfter: true }, orderBy: { id: "asc" } })).toEqual(before);
  });
});
