import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authorize } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import { loadSessionActor } from "@/auth/load-session-actor";
import { ZResetTwoStepSchema } from "@/auth/mfa/schemas";
import { resetTwoStep } from "@/auth/mfa/server/reset-two-step";
import { startSession } from "@/auth/server/start-session";
import { prisma } from "@/db/client";
import { createSchoolWithLesson, type FactoryRole, type SchoolWithLesson } from "../factories/create-school-with-lesson";
import { type SmtpSink, freshAppDatabaseWithMail } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";

// An administrator resets the second step of a person of their school who lost phone and recovery codes
// (docs/decisions/117-two-step-reset-by-administrator.md).

let db: TestDatabase;
let smtp: SmtpSink;
let school: SchoolWithLesson;
let other: SchoolWithLesson;

beforeAll(async () => {
  const fresh = await freshAppDatabaseWithMail();
  db = fresh;
  smtp = fresh.smtp;
  school = await createSchoolWithLesson(db.prisma, { date: "2026-11-23" });
  other = await createSchoolWithLesson(db.prisma, { date: "2026-11-23" });
});
afterAll(() => db.drop());
beforeEach(() => {
  smtp.received.length = 0;
});

const actor = async (role: FactoryRole, of = school): Promise<Actor> => (await loadActor({ userId: of.users[role].id, schoolId: of.schoolId }))!;

function reset(who: Actor, input: Record<string, unknown>) {
  return authorize(who, { permission: "accounts:reset-two-step", schema: ZResetTwoStepSchema, input }, resetTwoStep);
}

const stateOf = async (userId: string) => {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  const codes = await prisma.recoveryCode.count({ where: { userId } });
  return { secret: user.totpSecret !== null, enabled: user.totpEnabledAt !== null, codes };
};

describe("resetting someone's second step", () => {
  it("removes the secret and the recovery codes, ends every session, is audited and tells the person", async () => {
    const coordinator = school.users.coordinator;
    await prisma.recoveryCode.create({ data: { userId: coordinator.id, codeHash: "x".repeat(64) } });
    const sessionId = await startSession({ schoolId: school.schoolId, userId: coordinator.id, userAgent: "test" });
    const session = { sessionId, userId: coordinator.id, schoolId: school.schoolId };
    expect(await loadSessionActor(session)).not.toBeNull();

    const message = await reset(await actor("admin"), { email: coordinator.email.toUpperCase(), identityChecked: "on" });

    expect(message).toMatch(/is hersteld en alle sessies zijn beëindigd/);
    expect(await stateOf(coordinator.id)).toEqual({ secret: false, enabled: false, codes: 0 });
    expect(await loadSessionActor(session)).toBeNull();
    expect((await actor("coordinator")).mustEnrolTwoStep).toBe(true);
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { schoolId: school.schoolId, action: "account.two-step.reset" } });
    expect(audit).toMatchObject({ actorId: school.users.admin.id, entityId: coordinator.id });
    expect(smtp.received.map((m) => m.to)).toEqual([[coordinator.email]]);
    expect(smtp.received[0]!.raw).toContain("tweestapsverificatie");
  });

  it("refuses a person of another school, one's own account, and a person without a second step, changing nothing", async () => {
    const admin = await actor("admin");
    await expect(reset(admin, { email: other.users.leader.email, identityChecked: "on" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await stateOf(other.users.leader.id)).toMatchObject({ secret: true, enabled: true });
    await expect(reset(admin, { email: school.users.admin.email, identityChecked: "on" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await stateOf(school.users.admin.id)).toMatchObject({ enabled: true });
    await expect(reset(admin, { email: school.users.teacher.email, identityChecked: "on" })).rejects.toMatchObject({ message: expect.stringMatching(/niets te herstellen/) });
    await expect(reset(admin, { email: "niemand@example.org", identityChecked: "on" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(smtp.received).toHaveLength(0);
  });

  it("leaves a person who also works at another school to the platform's administrator", async () => {
    const leader = school.users.leader;
    await prisma.membership.create({ data: { schoolId: other.schoolId, userId: leader.id, roles: ["TEACHER"] } });
    await expect(reset(await actor("admin"), { email: leader.email, identityChecked: "on" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await stateOf(leader.id)).toMatchObject({ secret: true, enabled: true });
  });

  it("asks for the identity check and a valid address, and is only for the administrator", async () => {
    const admin = await actor("admin");
    await expect(reset(admin, { email: school.users.leader.email })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(reset(admin, { email: "geen-adres", identityChecked: "on" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    for (const role of ["teacher", "mentor", "coordinator", "leader", "parent"] as const) {
      await expect(reset(await actor(role), { email: school.users.leader.email, identityChecked: "on" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await stateOf(school.users.leader.id)).toMatchObject({ secret: true, enabled: true });
  });
});
