import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ZAcceptInvitationSchema, ZInviteStaffSchema, ZPersonSchema, ZSetRolesSchema } from "@/accounts/schemas";
import { runPublicFormAction } from "@/accounts/run-public-form-action";
import { acceptInvitation } from "@/accounts/server/accept-invitation";
import { deactivatePerson } from "@/accounts/server/deactivate-person";
import { inviteGuardians } from "@/accounts/server/invite-guardians";
import { inviteStaff } from "@/accounts/server/invite-staff";
import { reactivatePerson } from "@/accounts/server/reactivate-person";
import { sendPasswordLink } from "@/accounts/server/send-password-link";
import { setPersonRoles } from "@/accounts/server/set-person-roles";
import { authenticate } from "@/auth/authenticate";
import { authorize } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import { loadSessionActor } from "@/auth/load-session-actor";
import { startSession } from "@/auth/server/start-session";
import { prisma } from "@/db/client";
import { fromRepoRoot } from "@/db/paths";
import { createSchoolWithLesson, type FactoryRole, type SchoolWithLesson } from "../factories/create-school-with-lesson";
import { type SmtpSink, freshAppDatabaseWithMail } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";

// Schools and accounts without a database editor (issue 12): invitations by e-mail with single-use links,
// roles, deactivation, password links, guardians from the pupil data, and the operator's school:create.

const ORIGIN = "http://app.test";
const PASSWORD = "paard batterij nietje";
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

/** The mail's text, quoted-printable soft line breaks undone. */
const mailText = (index = 0) => smtp.received[index]!.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
const linkIn = (index = 0): string => /uitnodiging#([A-Za-z0-9_-]{43})/.exec(mailText(index))?.[1] ?? "";

function invite(who: Actor, fields: Record<string, string>) {
  return authorize(who, { permission: "accounts:manage", schema: ZInviteStaffSchema, input: fields }, ({ actor: a, input }) => inviteStaff({ actor: a, input, origin: ORIGIN }));
}
const teacherFields = (email: string, code: string) => ({ firstName: "Tess", lastName: "Nieuw", email, code, "rol-TEACHER": "on" });

function accept(fields: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return runPublicFormAction({ schema: ZAcceptInvitationSchema, run: (input) => acceptInvitation({ input }) }, form, { headers: new Headers({ host: "app.test", origin: ORIGIN }), publicOrigin: null });
}
const login = (email: string, password = PASSWORD) => authenticate({ email, password }, { prisma });
const roles = (who: Actor, input: Record<string, string>) => authorize(who, { permission: "accounts:manage", schema: ZSetRolesSchema, input }, setPersonRoles);
const deactivate = (who: Actor, userId: string) => authorize(who, { permission: "accounts:manage", schema: ZPersonSchema, input: { userId } }, deactivatePerson);
const userByEmail = (email: string) => prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true, passwordHash: true } });

describe("inviting a member of staff", () => {
  it("makes an account without a password, a membership, a Staff record and a link by e-mail; the link sets the password once", async () => {
    const message = await invite(await actor("admin"), teacherFields("Tess.Nieuw@School.test", "tnw"));
    expect(message).toMatch(/Uitnodiging verstuurd aan Tess Nieuw/);
    expect(smtp.received.map((m) => m.to)).toEqual([["tess.nieuw@school.test"]]);
    const token = linkIn();
    expect(mailText()).toContain(`${ORIGIN}/uitnodiging#${token}`);
    const user = await userByEmail("tess.nieuw@school.test");
    expect(user.passwordHash).toBeNull();
    expect(await prisma.invitation.findFirst({ where: { userId: user.id }, select: { tokenHash: true } })).not.toMatchObject({ tokenHash: token });
    expect(await prisma.staff.findFirst({ where: { schoolId: school.schoolId, userId: user.id }, select: { code: true, functionTitle: true } })).toEqual({ code: "TNW", functionTitle: "docent" });
    expect(await login("tess.nieuw@school.test")).toBeNull();

    expect(await accept({ token, password: PASSWORD, confirmation: PASSWORD })).toMatchObject({ ok: true, email: "tess.nieuw@school.test" });
    expect(await login("tess.nieuw@school.test")).toMatchObject({ id: user.id, schoolId: school.schoolId });
    expect(await accept({ token, password: "een ander wachtwoord", confirmation: "een ander wachtwoord" })).toMatchObject({ ok: false, message: expect.stringMatching(/al gebruikt/) });
    expect(await login("tess.nieuw@school.test")).not.toBeNull();
    const audit = await prisma.auditEntry.findMany({ where: { schoolId: school.schoolId, entityId: user.id }, select: { action: true, actorId: true }, orderBy: { at: "asc" } });
    expect(audit).toEqual([{ action: "account.invite", actorId: school.users.admin.id }, { action: "account.invitation.accept", actorId: user.id }]);
  });

  it("a second invitation replaces the first: the old link stops working, the new one works", async () => {
    const admin = await actor("admin");
    await invite(admin, teacherFields("twee@school.test", "TWE"));
    const first = linkIn();
    await invite(admin, teacherFields("twee@school.test", "TWE"));
    const second = linkIn(1);
    expect(second).not.toEqual(first);
    expect(await accept({ token: first, password: PASSWORD, confirmation: PASSWORD })).toMatchObject({ ok: false, message: expect.stringMatching(/werkt niet/) });
    expect((await userByEmail("twee@school.test")).passwordHash).toBeNull();
    expect(await accept({ token: second, password: PASSWORD, confirmation: PASSWORD })).toMatchObject({ ok: true });
  });

  it("refuses an expired link, a malformed one, a weak password and two that differ, writing nothing", async () => {
    await invite(await actor("admin"), teacherFields("drie@school.test", "DRI"));
    const token = linkIn();
    const before = await prisma.auditEntry.count();
    expect(await accept({ token: "kort", password: PASSWORD, confirmation: PASSWORD })).toMatchObject({ ok: false, message: expect.stringMatching(/werkt niet/) });
    expect(await accept({ token: `${token.slice(0, -1)}!`, password: PASSWORD, confirmation: PASSWORD })).toMatchObject({ ok: false });
    expect(await accept({ token, password: "kort", confirmation: "kort" })).toMatchObject({ ok: false, errors: { password: [expect.stringMatching(/minstens 12/)] } });
    expect(await accept({ token, password: PASSWORD, confirmation: `${PASSWORD}!` })).toMatchObject({ ok: false, errors: { confirmation: [expect.any(String)] } });
    expect(await accept({ token, password: "drie@school.test", confirmation: "drie@school.test" })).toMatchObject({ ok: false, errors: { password: [expect.stringMatching(/e-mailadres/)] } });
    await prisma.invitation.updateMany({ where: { usedAt: null, user: { email: "drie@school.test" } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await accept({ token, password: PASSWORD, confirmation: PASSWORD })).toMatchObject({ ok: false, message: expect.stringMatching(/verlopen/) });
    expect((await userByEmail("drie@school.test")).passwordHash).toBeNull();
    expect(await prisma.auditEntry.count()).toBe(before);
  });

  it("gives a person with an account at another school only the membership and an e-mail saying so, no second account", async () => {
    const elsewhere = other.users.teacher;
    const message = await invite(await actor("admin"), { ...teacherFields(elsewhere.email, "ELS"), "rol-MENTOR": "on" });
    expect(message).toMatch(/had al een account/);
    expect(await prisma.invitation.count({ where: { userId: elsewhere.id } })).toBe(0);
    expect(await prisma.membership.findFirst({ where: { userId: elsewhere.id, schoolId: school.schoolId }, select: { roles: true } })).toEqual({ roles: ["TEACHER", "MENTOR"] });
    expect(mailText()).toMatch(/Je hebt al een account/);
    expect(await login(elsewhere.email, elsewhere.password)).not.toBeNull();
  });

  it("refuses a taken code, a person already here, roles that do not exist, no role, and everyone but the administrator", async () => {
    const admin = await actor("admin");
    const count = () => prisma.user.count();
    const before = await count();
    await expect(invite(admin, teacherFields("vier@school.test", "TNW"))).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { code: [expect.stringMatching(/al in gebruik/)] } });
    await expect(invite(admin, teacherFields(school.users.mentor.email, "VYF"))).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(invite(admin, { ...teacherFields("vier@school.test", "VIR"), "rol-PRINCIPAL": "on" })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { roles: [expect.stringMatching(/Onbekende rol: PRINCIPAL/)] } });
    await expect(invite(admin, { firstName: "A", lastName: "B", email: "vier@school.test", code: "VIR", "rol-PARENT": "on" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(invite(admin, { firstName: "A", lastName: "B", email: "vier@school.test", code: "VIR" })).rejects.toMatchObject({ fieldErrors: { roles: ["Kies minstens één rol."] } });
    for (const role of ["teacher", "mentor", "coordinator", "leader", "parent"] as const) {
      await expect(invite(await actor(role), teacherFields("vier@school.test", "VIR"))).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await count()).toBe(before);
    expect(smtp.received).toHaveLength(0);
  });
});

describe("roles and deactivation", () => {
  it("changes roles (ending the person's sessions here) and refuses unknown roles and another school's person", async () => {
    const admin = await actor("admin");
    const teacher = school.users.teacher;
    const sessionId = await startSession({ schoolId: school.schoolId, userId: teacher.id, userAgent: "test" });
    expect(await roles(admin, { userId: teacher.id, "rol-TEACHER": "on", "rol-MENTOR": "on" })).toMatch(/is nu docent, mentor/);
    expect(await loadSessionActor({ sessionId, userId: teacher.id, schoolId: school.schoolId })).toBeNull();
    await expect(roles(admin, { userId: teacher.id, "rol-GOD": "on" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(roles(admin, { userId: other.users.coordinator.id, "rol-ADMIN": "on" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await prisma.membership.findFirst({ where: { userId: other.users.coordinator.id, schoolId: other.schoolId }, select: { roles: true } })).toEqual({ roles: ["COORDINATOR"] });
    const audit = await prisma.auditEntry.findFirstOrThrow({ where: { schoolId: school.schoolId, action: "account.roles.update" }, select: { details: true } });
    expect(audit.details).toEqual({ before: ["TEACHER"], after: ["TEACHER", "MENTOR"] });
  });

  it("keeps the last active administrator: not deactivated, not without ADMIN; with a second one it may", async () => {
    const admin = await actor("admin");
    await expect(roles(admin, { userId: admin.userId, "rol-TEACHER": "on" })).rejects.toMatchObject({ code: "RULE_VIOLATION", message: expect.stringMatching(/laatste actieve beheerder/) });
    await expect(deactivate(admin, admin.userId)).rejects.toMatchObject({ code: "RULE_VIOLATION" });
    // A second administrator who has not chosen a password yet does not count.
    await invite(admin, { ...teacherFields("tweede.beheerder@school.test", "TBH"), "rol-ADMIN": "on" });
    const second = await userByEmail("tweede.beheerder@school.test");
    await expect(roles(admin, { userId: admin.userId, "rol-TEACHER": "on" })).rejects.toMatchObject({ code: "RULE_VIOLATION" });
    await accept({ token: linkIn(), password: PASSWORD, confirmation: PASSWORD });
    const secondActor = (await loadActor({ userId: second.id, schoolId: school.schoolId }))!;
    expect(secondActor.mustEnrolTwoStep).toBe(true);
    expect(await roles(admin, { userId: admin.userId, "rol-ADMIN": "on", "rol-TEACHER": "on" })).toMatch(/beheerder/);
    await expect(deactivate(admin, second.id)).resolves.toMatch(/gedeactiveerd/);
    await expect(roles(admin, { userId: admin.userId, "rol-TEACHER": "on" })).rejects.toMatchObject({ code: "RULE_VIOLATION" });
  });

  it("deactivating ends the person's sessions at once; reactivating lets them log in again", async () => {
    const admin = await actor("admin");
    const mentor = school.users.mentor;
    const sessionId = await startSession({ schoolId: school.schoolId, userId: mentor.id, userAgent: "test" });
    expect(await deactivate(admin, mentor.id)).toMatch(/gedeactiveerd/);
    expect(await loadSessionActor({ sessionId, userId: mentor.id, schoolId: school.schoolId })).toBeNull();
    expect(await login(mentor.email, mentor.password)).toBeNull();
    expect(await prisma.auditEntry.count({ where: { schoolId: school.schoolId, action: "account.deactivate", entityId: mentor.id } })).toBe(1);
    await authorize(admin, { permission: "accounts:manage", schema: ZPersonSchema, input: { userId: mentor.id } }, reactivatePerson);
    expect(await login(mentor.email, mentor.password)).not.toBeNull();
    await expect(deactivate(admin, other.users.mentor.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await login(other.users.mentor.email, other.users.mentor.password)).not.toBeNull();
  });
});

describe("a new password by link", () => {
  it("e-mails a reset link; the old password works until the new one is chosen, which ends every session", async () => {
    const admin = await actor("admin");
    const leader = school.users.leader;
    const sessionId = await startSession({ schoolId: school.schoolId, userId: leader.id, userAgent: "test" });
    const message = await authorize(admin, { permission: "accounts:manage", schema: ZPersonSchema, input: { userId: leader.id } }, ({ actor: a, input }) => sendPasswordLink({ actor: a, input, origin: ORIGIN }));
    expect(message).toMatch(/heeft een e-mail met de link gekregen/);
    expect(mailText()).toMatch(/nieuw wachtwoord/);
    expect(await login(leader.email, leader.password)).not.toBeNull();
    expect(await accept({ token: linkIn(), password: PASSWORD, confirmation: PASSWORD })).toMatchObject({ ok: true });
    expect(await loadSessionActor({ sessionId, userId: leader.id, schoolId: school.schoolId })).toBeNull();
    expect(await login(leader.email, leader.password)).toBeNull();
    expect(await prisma.auditEntry.count({ where: { schoolId: school.schoolId, entityId: leader.id, action: { in: ["account.password-reset.send", "account.password-reset.use"] } } })).toBe(2);
  });
});

describe("inviting guardians from the pupil data", () => {
  it("invites each guardian with an address and no account; one with an account elsewhere gets the membership and a notice", async () => {
    const fresh = await prisma.guardian.create({ data: { schoolId: school.schoolId, name: "Gerda Voogd", email: "Gerda@Thuis.test" }, select: { id: true } });
    const known = await prisma.guardian.create({ data: { schoolId: school.schoolId, name: "Ouder Elders", email: other.users.parent.email }, select: { id: true } });
    await prisma.guardian.create({ data: { schoolId: school.schoolId, name: "Zonder Adres" } });
    const message = await authorize(await actor("admin"), { permission: "accounts:manage", schema: ZPersonSchema.pick({}), input: {} }, ({ actor: a }) => inviteGuardians({ actor: a, origin: ORIGIN }));
    expect(message).toMatch(/^1 ouder\(s\)\/verzorger\(s\) uitgenodigd\. 1 had\(den\) al een account/);
    const gerda = await userByEmail("gerda@thuis.test");
    expect(gerda.passwordHash).toBeNull();
    expect(await prisma.guardian.findUniqueOrThrow({ where: { schoolId_id: { schoolId: school.schoolId, id: fresh.id } }, select: { userId: true } })).toEqual({ userId: gerda.id });
    expect(await prisma.guardian.findUniqueOrThrow({ where: { schoolId_id: { schoolId: school.schoolId, id: known.id } }, select: { userId: true } })).toEqual({ userId: other.users.parent.id });
    expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(["gerda@thuis.test", other.users.parent.email].sort());
    const toGerda = smtp.received.findIndex((m) => m.to[0] === "gerda@thuis.test");
    expect(await accept({ token: linkIn(toGerda), password: PASSWORD, confirmation: PASSWORD })).toMatchObject({ ok: true });
    const parent = await loadActor({ userId: gerda.id, schoolId: school.schoolId });
    expect(parent).toMatchObject({ roles: ["PARENT"], guardianId: fresh.id });
    smtp.received.length = 0;
    expect(await authorize(await actor("admin"), { permission: "accounts:manage", schema: ZPersonSchema.pick({}), input: {} }, ({ actor: a }) => inviteGuardians({ actor: a, origin: ORIGIN }))).toMatch(/niemand uitgenodigd/);
    expect(smtp.received).toHaveLength(0);
  });
});

describe("npm run school:create", () => {
  const run = (args: string[]) =>
    promisify(execFile)(fromRepoRoot("node_modules/.bin/tsx"), ["--conditions=react-server", fromRepoRoot("scripts/school/create.ts"), ...args], {
      cwd: fromRepoRoot("."),
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: db.url, SMTP_URL: smtp.url, PUBLIC_URL: "https://aanwezig.example.nl" },
    }).then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }), (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }));
  const good = ["--naam", "De Linde", "--brin", "12ab", "--plaats", "Utrecht", "--regio", "midden", "--beheerder-naam", "Lies Linde", "--beheerder-email", "lies@linde.test"];

  it("creates the school and its administrator, who gets an invitation; the link works", async () => {
    const result = await run(good);
    expect(result.stderr).toBe("");
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/School aangemaakt: De Linde \(BRIN 12AB, vestiging 00, Utrecht\)[\s\S]*Uitnodiging verstuurd aan lies@linde.test/) });
    const created = await prisma.school.findUniqueOrThrow({ where: { brin: "12AB" }, select: { id: true, region: true, locationCode: true } });
    expect(created).toMatchObject({ region: "MIDDLE", locationCode: "00" });
    expect(mailText()).toContain("https://aanwezig.example.nl/uitnodiging#");
    expect(await accept({ token: linkIn(), password: PASSWORD, confirmation: PASSWORD })).toMatchObject({ ok: true });
    const admin = await userByEmail("lies@linde.test");
    expect(await loadActor({ userId: admin.id, schoolId: created.id })).toMatchObject({ roles: ["ADMIN"], mustEnrolTwoStep: true });
    expect(await prisma.auditEntry.count({ where: { schoolId: created.id, action: "school.create" } })).toBe(1);
    // The school can start at once: its current school year, the region's holidays, the usual bell schedule on every weekday.
    expect(result.stdout).toMatch(/Schooljaar \d{4}-\d{4} staat klaar met het normale lesrooster/);
    const years = await prisma.schoolYear.findMany({ where: { schoolId: created.id }, select: { id: true, startDate: true, endDate: true } });
    expect(years).toHaveLength(1);
    const today = new Date().toISOString().slice(0, 10);
    expect(years[0]!.startDate.toISOString().slice(0, 10) <= today && today <= years[0]!.endDate.toISOString().slice(0, 10)).toBe(true);
    const uses = await prisma.bellScheduleUse.findMany({ where: { schoolId: created.id }, select: { weekday: true, bellSchedule: { select: { periods: { select: { number: true } } } } } });
    expect(uses.map((u) => u.weekday).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(uses[0]!.bellSchedule.periods).toHaveLength(8);
  }, 60_000);

  it("refuses bad arguments and a BRIN that is there already with exit code 2 and a precise message, writing nothing", async () => {
    const schools = await prisma.school.count();
    const replace = (flag: string, value: string) => good.map((arg, i) => (good[i - 1] === flag ? value : arg));
    expect(await run(replace("--brin", "ABCD"))).toMatchObject({ code: 2, stderr: expect.stringMatching(/--brin moet een BRIN-code van 4 tekens zijn/) });
    expect(await run(replace("--regio", "oost"))).toMatchObject({ code: 2, stderr: expect.stringMatching(/--regio moet noord, midden of zuid zijn/) });
    expect(await run(replace("--beheerder-email", "geen-adres"))).toMatchObject({ code: 2, stderr: expect.stringMatching(/geen geldig e-mailadres/) });
    expect(await run([...good, "--onbekend"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/onbekend/) });
    expect(await run(good)).toMatchObject({ code: 2, stderr: expect.stringMatching(/BRIN 12AB is al in gebruik door De Linde/) });
    expect(await prisma.school.count()).toBe(schools);
    expect(await run(["--help"])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Gebruik: npm run school:create/) });
  }, 60_000);

  it("gives an existing account the new school's administration and an e-mail, no invitation", async () => {
    const result = await run(replace2(good, "--brin", "34CD", "--beheerder-email", school.users.teacher.email));
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/had al een account en is nu beheerder/) });
    expect(await prisma.invitation.count({ where: { userId: school.users.teacher.id } })).toBe(0);
  }, 60_000);
});

function replace2(args: string[], ...pairs: string[]): string[] {
  const out = [...args];
  for (let i = 0; i < pairs.length; i += 2) out[out.indexOf(pairs[i]!) + 1] = pairs[i + 1]!;
  return out;
}
