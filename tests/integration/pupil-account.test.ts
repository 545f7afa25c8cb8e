import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { authorize } from "@/auth/authorize";
import { loadActor, type Actor } from "@/auth/load-actor";
import { loadSessionActor } from "@/auth/load-session-actor";
import { ZSwitchSchoolSchema } from "@/auth/schemas";
import { listOtherSchools } from "@/auth/server/list-other-schools";
import { startSession } from "@/auth/server/start-session";
import { switchSchool } from "@/auth/server/switch-school";
import { APP_ROLE, asAppRole } from "@/db/app-role";
import { withTenant } from "@/db/tenant-context";
import { listOwnChildren } from "@/guardians/server/list-own-children";
import { listOwnPupils } from "@/guardians/server/own-pupils";
import { ZChooseGuardianViewSchema, ZPupilViewSettingSchema } from "@/pupil-account/schemas";
import { chooseGuardianView, UNDER_18_REFUSAL } from "@/pupil-account/server/choose-guardian-view";
import { loadOwnAttendance } from "@/pupil-account/server/load-own-attendance";
import { setPupilViewSetting } from "@/pupil-account/server/set-pupil-view-setting";
import { createSchoolWithLesson, type SchoolWithLesson } from "../factories/create-school-with-lesson";
import { useFreshAppDatabase } from "../helpers/app-database";
import type { TestDatabase } from "../helpers/database";
import { startSmtpSink } from "../helpers/smtp-sink";

// Pupils' own accounts, the 18+ choice and the guardian with children at two schools (issue 10,
// decisions 130-132). Every use case runs as the app role ("aanwezig_app") inside withTenant for one
// school, as a request does: row-level security (decision 115) is part of what is tested here.

const TODAY = "2026-11-23";
const NOW = new Date("2026-11-23T08:40:00Z");
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const WINDOW = { today: TODAY, yearStart: "2026-08-01", recentFrom: "2026-11-09" };

let db: TestDatabase;
let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
let a: SchoolWithLesson;
let b: SchoolWithLesson;

/** The actor of a person in a school, loaded as a request in that school loads it. */
async function actorIn(userId: string, schoolId: string): Promise<Actor> {
  const actor = await withTenant({ schoolId }, () => loadActor({ userId, schoolId }));
  if (!actor) throw new Error("no actor");
  return actor;
}

const inSchoolOf = <T,>(actor: { schoolId: string }, fn: () => Promise<T>) => withTenant({ schoolId: actor.schoolId }, fn);
const choose = (actor: Actor, guardianView: string) =>
  inSchoolOf(actor, () => authorize(actor, { permission: "guardian-view:choose", schema: ZChooseGuardianViewSchema, input: { guardianView } }, ({ input }) => chooseGuardianView({ actor, input, now: NOW })));
const pupilRow = (school: SchoolWithLesson) =>
  db.prisma.pupil.findUniqueOrThrow({ where: { schoolId_id: { schoolId: school.schoolId, id: school.ownPupilId } }, select: { guardiansMayView: true, guardiansMayViewChosenAt: true } });
/** A received e-mail's text, with quoted-printable's soft line breaks undone. */
const textOf = (raw: string) => raw.replace(/=\r?\n/g, "");
const audits = (schoolId: string, action: string) => db.prisma.auditEntry.findMany({ where: { schoolId, action } });

beforeAll(async () => {
  db = await useFreshAppDatabase();
  smtp = await startSmtpSink();
  process.env.SMTP_URL = smtp.url;
  const password = "pupil-account-wachtwoord";
  await db.prisma.$executeRawUnsafe(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD '${password}'`);
  // Before the app's first query: the app's `prisma` connects as the app role, as the server does.
  process.env.APP_DATABASE_URL = asAppRole(db.url, password);
  a = await createSchoolWithLesson(db.prisma, { date: TODAY, name: "School A" });
  b = await createSchoolWithLesson(db.prisma, { date: TODAY, name: "School B" });
  // A's own pupil is 18 today, and a child of A's parent (who has an e-mail address); B's own pupil is 13.
  await db.prisma.pupil.update({ where: { schoolId_id: { schoolId: a.schoolId, id: a.ownPupilId } }, data: { birthDate: d("2008-11-23") } });
  await db.prisma.pupilGuardian.create({ data: { schoolId: a.schoolId, pupilId: a.ownPupilId, guardianId: a.guardianId, relation: "moeder" } });
  for (const [school, pupilId, status] of [[a, a.ownPupilId, "SICK"], [a, a.pupilIds[0]!, "ABSENT_UNEXCUSED"], [b, b.ownPupilId, "LATE_UNEXCUSED"], [b, b.pupilIds[0]!, "SICK"]] as const) {
    await db.prisma.registration.create({ data: { schoolId: school.schoolId, lessonId: school.lessonId, pupilId, date: d(TODAY), status } });
  }
}, 60_000);
afterAll(async () => {
  await smtp?.stop();
  await db?.drop();
});
beforeEach(() => {
  smtp.received.length = 0;
});

describe("a pupil's own page", () => {
  it("shows an 18-year-old their own registrations only: no classmate's, nothing of another school", async () => {
    const pupil = await actorIn(a.users.pupil.id, a.schoolId);
    const own = await inSchoolOf(pupil, () => loadOwnAttendance({ actor: pupil, ...WINDOW }));
    expect(own).toMatchObject({ kind: "shown", pupil: { id: a.ownPupilId, adult: true }, groupNames: ["2havo-a"] });
    expect(own.kind === "shown" && own.recentAbsences.map((r) => r.status)).toEqual(["SICK"]);
    // The same person asking in another school (forged, or a switch gone wrong) finds no pupil there.
    const elsewhere = await withTenant({ schoolId: b.schoolId }, () => loadOwnAttendance({ actor: { userId: pupil.userId, schoolId: b.schoolId }, ...WINDOW }));
    expect(elsewhere).toEqual({ kind: "no-pupil" });
  });

  it("shows a pupil under 18 a calm refusal until the school turns the view on in Beheer", async () => {
    const pupil = await actorIn(b.users.pupil.id, b.schoolId);
    expect(await inSchoolOf(pupil, () => loadOwnAttendance({ actor: pupil, ...WINDOW }))).toMatchObject({ kind: "not-shown", pupil: { id: b.ownPupilId, adult: false } });

    const setting = (actor: Actor, value: string) =>
      inSchoolOf(actor, () => authorize(actor, { permission: "school:configure", schema: ZPupilViewSettingSchema, input: { pupilsSeeOwnRegistrations: value } }, setPupilViewSetting));
    await expect(setting(pupil, "yes")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(setting(await actorIn(b.users.admin.id, b.schoolId), "misschien")).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { pupilsSeeOwnRegistrations: ["Kies ja of nee."] } });
    await expect(setting(await actorIn(b.users.admin.id, b.schoolId), "yes")).resolves.toMatch(/zien nu hun eigen registraties/);

    const own = await inSchoolOf(pupil, () => loadOwnAttendance({ actor: pupil, ...WINDOW }));
    expect(own).toMatchObject({ kind: "shown", pupil: { id: b.ownPupilId } });
    expect(own.kind === "shown" && own.recentAbsences.map((r) => r.status)).toEqual(["LATE_UNEXCUSED"]);
    expect((await audits(b.schoolId, "school.pupil-view.update")).map((e) => e.details)).toEqual([{ pupilsSeeOwnRegistrations: true }]);
    // School A's setting is its own.
    expect((await db.prisma.school.findUniqueOrThrow({ where: { id: a.schoolId } })).pupilsSeeOwnRegistrations).toBe(false);
  });
});

describe("the 18+ choice what parents see", () => {
  it("is refused to a pupil under 18 (and to a parent), with nothing written and nobody e-mailed", async () => {
    const young = await actorIn(b.users.pupil.id, b.schoolId);
    const before = await pupilRow(b);
    await expect(choose(young, "hide")).rejects.toMatchObject({ code: "FORBIDDEN", message: UNDER_18_REFUSAL });
    await expect(choose(await actorIn(a.users.parent.id, a.schoolId), "hide")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(choose(await actorIn(a.users.pupil.id, a.schoolId), "weg")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await pupilRow(b)).toEqual(before);
    expect(await pupilRow(a)).toEqual({ guardiansMayView: true, guardiansMayViewChosenAt: null });
    expect(await audits(b.schoolId, "pupil.guardian-view.choose")).toEqual([]);
    expect(smtp.received).toEqual([]);
  });

  it("is recorded with its date and audited, the parents are e-mailed, and their page no longer shows the registrations", async () => {
    const pupil = await actorIn(a.users.pupil.id, a.schoolId);
    const parent = await actorIn(a.users.parent.id, a.schoolId);
    const parentsPage = () => inSchoolOf(parent, () => listOwnChildren({ schoolId: parent.schoolId, guardianId: parent.guardianId!, ...WINDOW }));
    const before = (await parentsPage()).find((c) => c.id === a.ownPupilId)!;
    expect(before).toMatchObject({ hiddenByPupil: false, recentAbsences: [expect.objectContaining({ status: "SICK" })] });

    await expect(choose(pupil, "hide")).resolves.toMatch(/zien je registraties niet meer\. Je ouders krijgen hierover een e-mail/);
    expect(await pupilRow(a)).toEqual({ guardiansMayView: false, guardiansMayViewChosenAt: NOW });
    expect(await audits(a.schoolId, "pupil.guardian-view.choose")).toMatchObject([
      { actorId: pupil.userId, pupilId: a.ownPupilId, details: { guardiansMayView: false, chosenAt: NOW.toISOString() } },
    ]);
    expect(smtp.received.flatMap((m) => m.to).sort()).toEqual([a.users.parent.email, a.users.pupil.email].sort());
    expect(textOf(smtp.received[0]!.raw)).toContain("niet meer zien in Aanwezig");

    const after = (await parentsPage()).find((c) => c.id === a.ownPupilId)!;
    expect(after).toMatchObject({ hiddenByPupil: true, summary: null, recentAbsences: [] });
    // …and the parent can no longer report for them either (decision 120).
    expect((await inSchoolOf(parent, () => listOwnPupils({ actor: parent, today: TODAY }))).map((p) => p.id)).not.toContain(a.ownPupilId);
    // The pupil still sees their own.
    expect(await inSchoolOf(pupil, () => loadOwnAttendance({ actor: pupil, ...WINDOW }))).toMatchObject({ kind: "shown" });
  });

  it("can be undone: the parents see again and are told so", async () => {
    const pupil = await actorIn(a.users.pupil.id, a.schoolId);
    await expect(choose(pupil, "hide")).resolves.toMatch(/niets veranderd/);
    expect(smtp.received).toEqual([]);
    await expect(choose(pupil, "show")).resolves.toMatch(/zien je registraties weer/);
    expect(smtp.received.flatMap((m) => m.to)).toContain(a.users.parent.email);
    expect(textOf(smtp.received[0]!.raw)).toContain("weer kunnen zien");
    const parent = await actorIn(a.users.parent.id, a.schoolId);
    const children = await inSchoolOf(parent, () => listOwnChildren({ schoolId: parent.schoolId, guardianId: parent.guardianId!, ...WINDOW }));
    expect(children.find((c) => c.id === a.ownPupilId)).toMatchObject({ hiddenByPupil: false });
  });
});

describe("a guardian with children at two schools", () => {
  let guardianInB: string;
  beforeAll(async () => {
    // A's parent is also the guardian of B's second pupil: one account, a membership in each school.
    await db.prisma.membership.create({ data: { schoolId: b.schoolId, userId: a.users.parent.id, roles: ["PARENT"] } });
    const guardian = await db.prisma.guardian.create({ data: { schoolId: b.schoolId, userId: a.users.parent.id, name: "Ouder van twee scholen", email: a.users.parent.email } });
    guardianInB = guardian.id;
    await db.prisma.pupilGuardian.create({ data: { schoolId: b.schoolId, pupilId: b.pupilIds[1]!, guardianId: guardian.id, relation: "vader" } });
  });

  it("sees each school's child only in that school; row-level security hides the other school even from a forged query", async () => {
    const inA = await actorIn(a.users.parent.id, a.schoolId);
    const inB = await actorIn(a.users.parent.id, b.schoolId);
    expect(inB.guardianId).toBe(guardianInB);
    const childrenA = await inSchoolOf(inA, () => listOwnChildren({ schoolId: a.schoolId, guardianId: inA.guardianId!, ...WINDOW }));
    const childrenB = await inSchoolOf(inB, () => listOwnChildren({ schoolId: b.schoolId, guardianId: inB.guardianId!, ...WINDOW }));
    expect(childrenA.map((c) => c.id).sort()).toEqual([a.pupilIds[0], a.ownPupilId].sort());
    expect(childrenB.map((c) => c.id)).toEqual([b.pupilIds[1]]);
    // B's guardian and school named in a query on a connection set to school A: no rows.
    expect(await inSchoolOf(inA, () => listOwnChildren({ schoolId: b.schoolId, guardianId: guardianInB, ...WINDOW }))).toEqual([]);
    expect(await withTenant({ schoolId: a.schoolId }, () => loadActor({ userId: a.users.parent.id, schoolId: b.schoolId }))).toBeNull();
  });

  it("moves the session to the other school only with a membership there, audited in both schools", async () => {
    const sessionId = await startSession({ schoolId: a.schoolId, userId: a.users.parent.id, userAgent: "test" });
    const parent = { ...(await actorIn(a.users.parent.id, a.schoolId)), sessionId };
    expect(await listOtherSchools(parent)).toEqual([{ schoolId: b.schoolId, name: "School B" }]);
    expect(await listOtherSchools(await actorIn(a.users.teacher.id, a.schoolId))).toEqual([]);

    const move = (actor: Actor, schoolId: string) =>
      inSchoolOf(actor, () => authorize(actor, { permission: "account:manage-own", schema: ZSwitchSchoolSchema, input: { schoolId } }, ({ input }) => switchSchool({ actor, input, userAgent: "test" })));
    const moved = await move(parent, b.schoolId);
    expect(moved).toMatchObject({ schoolId: b.schoolId, schoolName: "School B", userId: parent.userId });
    const claims = { sessionId: moved.sessionId, userId: parent.userId, schoolId: b.schoolId };
    expect(await withTenant({ schoolId: b.schoolId }, () => loadSessionActor(claims))).toMatchObject({ schoolId: b.schoolId, roles: ["PARENT"], guardianId: guardianInB });
    // The session in A has ended.
    expect(await withTenant({ schoolId: a.schoolId }, () => loadSessionActor({ sessionId, userId: parent.userId, schoolId: a.schoolId }))).toBeNull();
    expect(await audits(a.schoolId, "account.school-switch.leave")).toMatchObject([{ actorId: parent.userId, entityId: b.schoolId }]);
    expect(await audits(b.schoolId, "account.school-switch.enter")).toMatchObject([{ actorId: parent.userId, entityId: a.schoolId }]);

    // Someone without a membership in B is refused as if B did not exist, and nothing is written.
    const teacher = await actorIn(a.users.teacher.id, a.schoolId);
    const sessions = () => db.prisma.session.count({ where: { userId: teacher.userId } });
    const before = { sessions: await sessions(), audit: await db.prisma.auditEntry.count() };
    await expect(move(teacher, b.schoolId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(move(teacher, a.schoolId)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(move(teacher, "not-a-school")).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect({ sessions: await sessions(), audit: await db.prisma.auditEntry.count() }).toEqual(before);
  });
});
